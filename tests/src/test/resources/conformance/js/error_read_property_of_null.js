function find(list, name) {
    return list.find((item) => item.name === name) ?? null;
}
const items = [{ name: "a", size: 1 }];
console.log(find(items, "a").size);
const missing = find(items, "b");
console.log("missing is", missing);
console.log(missing.size);
