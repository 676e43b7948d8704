import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { installBrowserTransport } from './browser-transport'
import './styles/base.css'

installBrowserTransport()
createApp(App).use(createPinia()).mount('#app')
