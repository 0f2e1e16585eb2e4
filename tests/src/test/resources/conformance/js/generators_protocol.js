function* count(n) {
  for (let i = 0; i < n; i++) {
    const got = yield i;
    if (got) console.log('got', got);
  }
  return 'done';
}
const g = count(3);
console.log(g.next());
console.log(g.next('a'));
console.log(g.next());
console.log(g.next());
console.log(g.next());
console.log([...count(5)]);
for (const x of count(2)) console.log('x', x);
function* inner() { yield 1; yield 2; return 3; }
function* outer() { const r = yield* inner(); console.log('r', r); yield* [10, 20]; yield* 'ab'; }
console.log([...outer()]);
function* fin() {
  try { yield 1; yield 2; } finally { console.log('cleanup'); }
}
const f = fin();
console.log(f.next(), f.return(42), f.next());
for (const v of fin()) { console.log(v); break; }
function* thrower() {
  while (true) {
    try { yield 1; } catch (e) { console.log('caught', e); yield 'recovered'; }
  }
}
const t = thrower();
console.log(t.next(), t.throw('boom'), t.next());
const o = { *gen() { yield this.a; }, a: 5 };
console.log([...o.gen()]);
class C { *[Symbol.iterator]() { yield 1; yield 2; } static *s() { yield 's'; } }
console.log([...new C()], [...C.s()]);
console.log(typeof g.next, Object.prototype.toString.call(g), g[Symbol.iterator]() === g);
console.log(g);
console.log(count);
function* fib() { let [a, b] = [0, 1]; while (true) { yield a; [a, b] = [b, a + b]; } }
const out = []; for (const v of fib()) { if (v > 100) break; out.push(v); } console.log(out.join(' '));
function* sw(x) { switch (x) { case 1: yield 'one'; case 2: yield 'two'; break; default: yield 'other'; } yield 'end'; }
console.log([...sw(1)], [...sw(2)], [...sw(3)]);
function* args() { yield arguments.length; yield* arguments; }
console.log([...args(7, 8)]);
function* exprs() { const a = [1, yield 'first', 3, yield 'second']; return a; }
const e = exprs(); e.next(); e.next('X'); console.log(e.next('Y'));
const gf = Object.getPrototypeOf(count);
console.log(gf[Symbol.toStringTag], Object.getPrototypeOf(g) === count.prototype, Object.getPrototypeOf(count.prototype) === gf.prototype);
function* nested() { try { try { yield 1; } finally { console.log('inner fin'); } } finally { console.log('outer fin'); } }
const n = nested(); n.next(); console.log(n.return(9));
function* deleg() { try { yield* nested(); } finally { console.log('deleg fin'); } }
const d = deleg(); d.next(); console.log(d.return(7));
const ge = (function*(){ yield 1; })(); ge.next(); ge.next(); console.log(ge.next(), ge.return(5));
try { const q = count(1); q.throw(new Error('early')); } catch (err) { console.log(err.message); }
function* lab() { outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j == 1) continue outer; yield `${i}${j}`; } } }
console.log([...lab()]);
function* forin() { const o = {a:1,b:2}; for (const k in o) { yield k; } }
console.log([...forin()]);
function* dw() { let i = 0; do { yield i++; } while (i < 3); }
console.log([...dw()]);
function* cond() { const x = (yield 1) ? 'yes' : 'no'; yield x; }
const cg = cond(); cg.next(); console.log(cg.next(true));
