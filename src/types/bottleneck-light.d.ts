// The light build @octokit/plugin-throttling itself loads; bottleneck ships types for the full build only.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
