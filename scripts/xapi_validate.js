// Validate xAPI statements with Learning Locker's own validation library
// (@learninglocker/xapi-validation, the rules its LRS applies to statements it is sent), a
// second validator independent of Ralph's model. Reads a JSON array of statements on stdin,
// prints a JSON array of "<index>: <rule> at <path>" strings, one per failed rule.
// Runs offline: the library is plain JavaScript with no network access.
"use strict";
const validate = require("@learninglocker/xapi-validation").default;

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const errors = [];
  JSON.parse(input).forEach((statement, index) => {
    for (const warning of validate(statement)) {
      const path = (warning.path || []).join(".");
      const data = JSON.stringify(warning.data);
      errors.push(`${index}: ${warning.constructor.name} at ${path} (${data})`);
    }
  });
  process.stdout.write(JSON.stringify(errors));
});
