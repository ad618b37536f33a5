import { mount } from "svelte";
import { getCurrentWebviewWindow } from "@tauri-apps/api/webviewWindow";
import App from "./App.svelte";
import RegionOverlay from "./features/support/capture/RegionOverlay.svelte";
import { captureApi } from "./lib/ipc";
import { installUiLog } from "./lib/uilog";
import "./app.css";

const target = document.getElementById("app");
if (!target) throw new Error("index.html has no #app element");

// The same bundle serves the region overlay window (support captures).
const overlay = getCurrentWebviewWindow().label === "capture-overlay";
installUiLog(captureApi.uiLog);

export default overlay ? mount(RegionOverlay, { target }) : mount(App, { target });
