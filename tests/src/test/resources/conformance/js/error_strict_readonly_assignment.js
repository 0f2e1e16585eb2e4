"use strict";
// Uncaught: writing a frozen property in strict code.
const frozen = Object.freeze({ version: 1 });
console.log("version", frozen.version);
frozen.version = 2;
