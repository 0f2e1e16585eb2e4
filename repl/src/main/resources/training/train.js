// Start-up training (StartupTraining): the common paths of a short JavaScript program.
class Vector {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Vector(this.x + o.x, this.y + o.y); }
  get length() { return Math.hypot(this.x, this.y); }
}
let total = new Vector(0, 0);
for (let i = 0; i < 20000; i++) total = total.add(new Vector(i, 1.5));
const words = "the quick brown fox jumps over the lazy dog".split(" ").sort();
console.log(total, total.length.toFixed(2), words.map(w => w.toUpperCase()).join(","), { a: [1, 2], b: "s" });
try { null.x; } catch (e) { console.error(e.message); }
console.log(JSON.stringify({ words, n: 1.5 }), `${words.length} words`);
