/** The e2e server seeds the demo accounts with this password (SEED_DEMO_PASSWORD). */
export const DEMO_PASSWORD = "e2e-demo-password";
