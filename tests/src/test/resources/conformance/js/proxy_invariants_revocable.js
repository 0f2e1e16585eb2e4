// Proxy invariants and Proxy.revocable.
const frozen = Object.freeze({ x: 1 });
const liar = new Proxy(frozen, { get() { return 2; } });
try { liar.x; } catch (e) { console.log(e.name + ": " + e.message); }
const hider = new Proxy(Object.preventExtensions({ y: 1 }), { has() { return false; } });
try { "y" in hider; } catch (e) { console.log(e.message); }
const { proxy, revoke } = Proxy.revocable({ z: 1 }, {});
console.log(proxy.z);
revoke();
try { proxy.z; } catch (e) { console.log(e.message); }
try { new Proxy(1, {}); } catch (e) { console.log(e.message); }
try { Proxy({}, {}); } catch (e) { console.log(e.message); }
const passthrough = new Proxy({ a: 1 }, {});
passthrough.b = 2;
console.log(passthrough.a, passthrough.b, Object.keys(passthrough), typeof Proxy.prototype);
const arr = new Proxy([1, 2, 3], {});
console.log(Array.isArray(arr), arr.length, arr.map((x) => x * 2));
