// Vite compiles `*.module.css` into scoped class names; the import is the name map.
declare module '*.module.css' {
  const classes: Readonly<Record<string, string>>;
  export default classes;
}
