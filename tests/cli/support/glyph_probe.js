// Injected by tests/cli/fonts.rs into a copy of a page: for every character the page shows, in
// the font its element uses, it draws the character on a canvas and compares the pixels with
// those of U+E000, a private-use character no font here has, which comes out as the missing-glyph
// box; and with the same character in the only system font the test leaves visible (Liberation
// Sans, which has no Urdu). Equal to the box: a missing glyph. Equal to Liberation Sans: drawn by
// a system font instead of the page's own. The result goes into <pre id="glyph-probe">.
(async () => {
  await document.fonts.ready;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Map();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest('script, style')) continue;
    const cs = getComputedStyle(el);
    const font = `${cs.fontStyle} ${cs.fontWeight} 40px ${cs.fontFamily}`;
    if (!seen.has(font)) seen.set(font, new Set());
    for (const ch of n.data) {
      if (!/[\s\u200b-\u200f\u2066-\u2069]/u.test(ch)) seen.get(font).add(ch);
    }
  }
  const canvas = document.createElement('canvas');
  canvas.width = 160; canvas.height = 80;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const draw = (font, ch) => {
    ctx.clearRect(0, 0, 160, 80); ctx.font = font; ctx.fillText(ch, 40, 60);
    return ctx.getImageData(0, 0, 160, 80).data.join(',');
  };
  const missing = new Set(), fallback = new Set(), all = new Set();
  for (const [font, chars] of seen) {
    await document.fonts.load(font, [...chars].join(''));
    const box = draw(font, '\uE000');
    const plain = font.replace(/40px .*/, '40px "Liberation Sans"');
    for (const ch of chars) {
      all.add(ch);
      const img = draw(font, ch);
      if (img === box) missing.add(ch);
      else if (img === draw(plain, ch)) fallback.add(ch);
    }
  }
  const out = document.createElement('pre');
  out.id = 'glyph-probe';
  out.textContent = JSON.stringify({ chars: all.size, missing: [...missing].join(''), fallback: [...fallback].join('') });
  document.body.appendChild(out);
})();
