// Child-process bootstrap. The CLI runs compiled JavaScript and passes child.js, imported as it is; tests that
// run the TypeScript sources pass child.ts, which needs tsx registered in this process first.
const module = process.env.BUDGETLENS_CHILD_MODULE;

if (module.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(module);
