/** The simulated network printer lives with the backend (it also serves `--fake-devices`); tests import it here. */
export {
  STATUS_REPLIES,
  startFakeNetworkPrinter,
  type FakeNetworkPrinter,
  type FakePrinterState,
} from '../../electron/node/devices/fake/fake-network-printer';
