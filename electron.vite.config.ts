import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import { version } from './package.json'

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // Parsing untrusted HTML runs in a worker thread of its own (see worker-parser.ts).
          'parse-worker': resolve(__dirname, 'src/node/services/import/parse-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [vue()],
    // The About box names the version the app was built from.
    define: { __APP_VERSION__: JSON.stringify(version) },
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
      // No inline scripts or data: modules, so that the strict CSP holds.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0
    },
    worker: { format: 'es' }
  }
})
