// better-sqlite3-multiple-ciphers is a drop-in for better-sqlite3 with the same API, but its own
// typings do not resolve under "moduleResolution": "nodenext"; reuse better-sqlite3's.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export = Database;
}
