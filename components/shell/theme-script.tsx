// Runs before the first paint so a dark-mode reader never sees a white flash: it applies the
// saved choice ("light" / "dark"), or the system's preference when there is none.
const script = `(function(){try{var p=localStorage.getItem("reconcile-theme");if(p!=="light"&&p!=="dark")p="system";var t=p==="system"?(matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"):p;var d=document.documentElement;d.dataset.theme=t;d.dataset.themePreference=p;}catch(e){}})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
