import { expect, test } from 'vitest';
import { textFragmentUrl } from '../../src/exports/text-fragment.ts';

const page = 'https://news.example/2019/03/02/summit';

/** A quote with no context, linked against a source text in which it occurs once. */
function linkUnique(exact: string): string | undefined {
  return textFragmentUrl(page, { exact, prefix: '', suffix: '' }, `Before. ${exact} After.`);
}

test.each([
  {
    name: 'commas',
    exact: 'Sometimes you have to walk, and this was one of those times',
    text: 'Sometimes%20you%20have%20to%20walk%2C%20and%20this%20was%20one%20of%20those%20times',
  },
  {
    name: 'an en dash',
    exact: '28 February – 1 March',
    text: '28%20February%20%E2%80%93%201%20March',
  },
  { name: 'an em dash', exact: 'talks—productive', text: 'talks%E2%80%94productive' },
  { name: 'a hyphen', exact: 'its plu-tonium facilities', text: 'its%20plu%2Dtonium%20facilities' },
  { name: 'an ampersand', exact: 'Q&A session', text: 'Q%26A%20session' },
  {
    name: 'straight quotation marks and an apostrophe',
    exact: `Mr Trump's "active efforts"`,
    text: 'Mr%20Trump%27s%20%22active%20efforts%22',
  },
  {
    name: 'curly quotation marks and apostrophe',
    exact: '“productive” and Trump’s',
    text: '%E2%80%9Cproductive%E2%80%9D%20and%20Trump%E2%80%99s',
  },
  { name: 'a percent sign', exact: '100% sure', text: '100%25%20sure' },
  {
    name: 'Korean',
    exact: '다시 만나자',
    text: '%EB%8B%A4%EC%8B%9C%20%EB%A7%8C%EB%82%98%EC%9E%90',
  },
  { name: 'Chinese', exact: '中方', text: '%E4%B8%AD%E6%96%B9' },
  { name: 'an emoji', exact: 'a handshake 🤝 here', text: 'a%20handshake%20%F0%9F%A4%9D%20here' },
  {
    name: 'brackets, bangs, stars, slashes and equals signs',
    exact: '(a) b! c* d/e=f?',
    text: '%28a%29%20b%21%20c%2A%20d%2Fe%3Df%3F',
  },
  { name: 'dots, underscores and tildes', exact: 'v1.2_final~x', text: 'v1.2_final~x' },
  { name: 'runs of white space', exact: 'one  two\tthree', text: 'one%20two%20three' },
])('a quote with $name is percent-encoded exactly', ({ exact, text }) => {
  expect(linkUnique(exact)).toBe(`${page}#:~:text=${text}`);
});

test('a quote that occurs once in the source text gets no prefix or suffix', () => {
  const quote = { exact: 'productive', prefix: 'called the talks ', suffix: ' on Friday' };
  const url = textFragmentUrl(page, quote, 'Kim called the talks productive on Friday.');
  expect(url).toBe(`${page}#:~:text=productive`);
});

test('a quote that occurs twice gets the nearest words before and after it', () => {
  const source = 'Talks were productive, Kim said. Trump called the talks productive on Friday.';
  const quote = { exact: 'productive', prefix: 'Trump called the talks ', suffix: ' on Friday.' };
  expect(textFragmentUrl(page, quote, source)).toBe(
    `${page}#:~:text=called%20the%20talks-,productive,-on%20Friday.`,
  );
});

test('a second occurrence that differs only in case still counts, as browsers ignore case', () => {
  const quote = { exact: 'new path', prefix: 'a ', suffix: ' if' };
  expect(textFragmentUrl(page, quote, 'A New Path. Then a new path if not.')).toBe(
    `${page}#:~:text=a-,new%20path,-if`,
  );
});

test('without a source text the context is always added', () => {
  const quote = { exact: 'productive', prefix: 'the talks ', suffix: ' on Friday' };
  expect(textFragmentUrl(page, quote)).toBe(`${page}#:~:text=the%20talks-,productive,-on%20Friday`);
});

test('a quote missing from the given source text is linked with its context', () => {
  const quote = { exact: 'productive', prefix: 'the talks ', suffix: '.' };
  expect(textFragmentUrl(page, quote, 'Nothing to see.')).toBe(
    `${page}#:~:text=the%20talks-,productive,-.`,
  );
});

test('context cut mid-word at 32 code points is trimmed to whole words, three at most', () => {
  // 32 code points each: the compiler's selector context, cut inside "summit" and "Tuesday".
  const prefix = 'mmit ended early and Mr Kim was ';
  const suffix = ' in Hanoi until the next Tuesday';
  expect(Array.from(prefix)).toHaveLength(32);
  expect(Array.from(suffix)).toHaveLength(32);
  expect(textFragmentUrl(page, { exact: 'still', prefix, suffix })).toBe(
    `${page}#:~:text=Mr%20Kim%20was-,still,-in%20Hanoi%20until`,
  );
  const cutWords = textFragmentUrl(page, {
    exact: 'still',
    prefix: 'mmit ended ',
    suffix: ' in Hano',
  });
  expect(cutWords, 'short context is whole words').toBe(
    `${page}#:~:text=mmit%20ended-,still,-in%20Hano`,
  );
  const twoWords = textFragmentUrl(page, {
    exact: 'still',
    prefix: 'abcdefghijklmnopqrstuvwxyz012 x ',
    suffix: '',
  });
  expect(twoWords, 'a 32-code-point prefix drops its first word').toBe(`${page}#:~:text=x-,still`);
});

test('context stops at a paragraph break, taking the nearest paragraph', () => {
  const quote = { exact: 'He left.', prefix: 'said the talks\n\n', suffix: '\n\nLater he' };
  expect(textFragmentUrl(page, quote)).toBe(
    `${page}#:~:text=said%20the%20talks-,He%20left.,-Later%20he`,
  );
});

test('context that is only white space is left out', () => {
  const quote = { exact: 'Summit', prefix: '', suffix: '   ' };
  expect(textFragmentUrl(page, quote)).toBe(`${page}#:~:text=Summit`);
});

test('a quote longer than 300 characters is linked by its first and last five words', () => {
  const middle = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
  const exact = `The North Korean leader said, ${middle} and that was the end.`;
  expect(exact.length).toBeGreaterThan(300);
  expect(textFragmentUrl(page, { exact, prefix: '', suffix: '' }, `Intro. ${exact} Outro.`)).toBe(
    `${page}#:~:text=The%20North%20Korean%20leader%20said%2C,and%20that%20was%20the%20end.`,
  );
});

test('a long quote whose first words also occur earlier gets context', () => {
  const middle = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
  const exact = `The North Korean leader said, ${middle} and that was the end.`;
  const source = `The North Korean leader said, nothing. Then: ${exact} Outro here.`;
  expect(textFragmentUrl(page, { exact, prefix: 'Then: ', suffix: ' Outro here.' }, source)).toBe(
    `${page}#:~:text=Then%3A-,The%20North%20Korean%20leader%20said%2C,and%20that%20was%20the%20end.,-Outro%20here.`,
  );
});

test('a quote across paragraphs is linked from its first words to its last', () => {
  const exact = 'Kim said the talks went well.\n\nBut Trump walked away from the table.';
  expect(textFragmentUrl(page, { exact, prefix: '', suffix: '' }, exact)).toBe(
    `${page}#:~:text=Kim%20said%20the%20talks%20went,walked%20away%20from%20the%20table.`,
  );
});

test('a quote wrapped over the lines of one paragraph is searched for whole, its breaks as spaces', () => {
  const exact = 'the talks\nwent well';
  const quote = { exact, prefix: 'He said\nthat ', suffix: ' for\nboth.\n\nLater' };
  expect(textFragmentUrl(page, quote, `He said\nthat ${exact} for\nboth.`)).toBe(
    `${page}#:~:text=the%20talks%20went%20well`,
  );
  // Its context, when needed, is the words of the same paragraph across its line breaks.
  expect(textFragmentUrl(page, quote)).toBe(
    `${page}#:~:text=He%20said%20that-,the%20talks%20went%20well,-for%20both.`,
  );
});

test('a long text without spaces is searched for whole', () => {
  const exact = '中方希望双方继续对话。'.repeat(30);
  const url = textFragmentUrl(page, { exact, prefix: '', suffix: '' }, exact);
  expect(url?.startsWith(`${page}#:~:text=%E4%B8%AD%E6%96%B9`)).toBe(true);
  expect(url).not.toContain(',');
  expect(decodeURIComponent(url?.split('#:~:text=')[1] ?? '')).toBe(exact);
});

test.each([
  { pageUrl: 'https://news.example/a#section-2', expected: 'https://news.example/a#:~:text=walk' },
  {
    pageUrl: 'https://news.example/a?id=1&x=2#:~:text=old',
    expected: 'https://news.example/a?id=1&x=2#:~:text=walk',
  },
  { pageUrl: 'HTTP://News.Example', expected: 'http://news.example/#:~:text=walk' },
])('the fragment of $pageUrl is replaced, the rest kept', ({ pageUrl, expected }) => {
  expect(textFragmentUrl(pageUrl, { exact: 'walk', prefix: '', suffix: '' }, 'walk')).toBe(
    expected,
  );
});

test.each([
  undefined,
  '',
  'not a url',
  '/relative/path',
  'ftp://news.example/a',
  'javascript:alert(1)',
  'mailto:desk@news.example',
])('there is no link for the page address %j', (pageUrl) => {
  expect(
    textFragmentUrl(pageUrl, { exact: 'walk', prefix: '', suffix: '' }, 'walk'),
  ).toBeUndefined();
});
