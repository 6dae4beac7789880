const $ = (id) => document.getElementById(id);
async function gql(query, variables = {}) {
  const token = localStorage.getItem('rapport.token');
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}
function show(id) { for (const s of ['setup', 'login', 'home']) $(s).hidden = s !== id; }
async function render() {
  $('error').textContent = '';
  try {
    if (!localStorage.getItem('rapport.token')) {
      const { setupRequired } = await gql('{ setupRequired }');
      return show(setupRequired ? 'setup' : 'login');
    }
    const data = await gql('{ me { name email } workspaces(first: 100) { totalCount edges { node { id name slug timezone } } } }');
    $('who').textContent = `${data.me.name} <${data.me.email}>`;
    $('workspaces').replaceChildren(...data.workspaces.edges.map(({ node }) => {
      const li = document.createElement('li');
      li.textContent = `${node.name} (${node.slug}, ${node.timezone})`;
      return li;
    }));
    show('home');
  } catch (error) {
    localStorage.removeItem('rapport.token');
    $('error').textContent = error.message;
    show('login');
  }
}
async function submit(form, mutation) {
  const input = Object.fromEntries(new FormData(form));
  try {
    const data = await gql(mutation, { input });
    localStorage.setItem('rapport.token', Object.values(data)[0].token);
    await render();
  } catch (error) { $('error').textContent = error.message; }
}
$('setup').addEventListener('submit', (e) => { e.preventDefault(); submit(e.target, 'mutation($input: SetupInput!) { setup(input: $input) { token } }'); });
$('login').addEventListener('submit', (e) => { e.preventDefault(); submit(e.target, 'mutation($input: LoginInput!) { login(input: $input) { token } }'); });
$('logout').addEventListener('click', () => { localStorage.removeItem('rapport.token'); render(); });
render();
