/**
 * H5: a service worker (service-worker/sw.js) keeps the app's code on the device, so a page opens
 * with the network gone. Registered once the page has loaded, so it never slows the first one.
 * WeChat keeps the mini-program's packages itself.
 */
export function keepAppOnDevice(): void {
  if (process.env.TARO_ENV !== 'h5' || !('serviceWorker' in navigator)) return
  // Without it the app works as before, online only.
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined)
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register)
}
