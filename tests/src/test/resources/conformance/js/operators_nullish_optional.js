// ?? and ?. (incl. optional calls and short-circuiting).
console.log(null ?? "d", undefined ?? "d", 0 ?? "d", "" ?? "d", false ?? "d", NaN ?? "d");
console.log(0 || "d", "" || "d", null || undefined);
const o = { a: { b: { c: 42 } }, f() { return "called " + this.a.b.c; }, arr: [1, 2] };
console.log(o?.a?.b?.c, o.x?.y.z.w, o.a?.["b"]?.c);
console.log(o.f?.(), o.g?.(), o.arr?.[1], o.none?.[0]);
let n = null;
console.log(n?.x, n?.[0], n?.());
let count = 0;
const nothing = undefined;
nothing?.[count++];
console.log(count);
console.log((o?.a).b.c);
try { o.g(); } catch (e) { console.log(e.message); }
try { o.a.missing.x; } catch (e) { console.log(e.message); }
console.log(typeof o?.f, delete o?.arr, o.arr);
console.log(null?.x ?? "fallback");
