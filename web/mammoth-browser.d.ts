// mammoth's browser build is the same API as the package, bundled for browsers.
declare module 'mammoth/mammoth.browser.js' {
  import mammoth from 'mammoth'
  export default mammoth
}
