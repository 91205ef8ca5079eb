// `npm run content:check`: validates content/ and exits non-zero with one line per problem
// (file:line: rule). Run with --conditions=react-server so the server-only modules load.
import { checkContent } from "../content/check-content.server";

const problems = await checkContent(process.cwd());
if (problems.length > 0) {
  for (const problem of problems) console.error(problem.message);
  console.error(`content:check: ${problems.length} problem(s).`);
  process.exit(1);
}
console.log("content:check: all lessons are valid.");
