const guarded = new Proxy({ open: 1 }, {
    get(target, key) {
        if (!(key in target)) throw new ReferenceError(`no property ${String(key)}`);
        return target[key];
    },
});
console.log(guarded.open);
console.log(guarded.closed);
