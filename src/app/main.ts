// The browser entry point. The application shell (src/app/app-shell.ts) arrives with the composer
// and lineage view; until then the page says what the project is.
const host = document.querySelector('stagecraft-app');
if (host) {
  const heading = document.createElement('h1');
  heading.textContent = 'Stagecraft';
  const text = document.createElement('p');
  text.textContent = 'See how Apache Spark cuts a program into jobs, stages and tasks.';
  host.append(heading, text);
}
