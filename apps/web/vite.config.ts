import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// Dev and preview forward the backend's paths, so the app always calls its own origin (no CORS, one cookie jar).
// CRM_API_URL / CRM_WORKER_URL let tests point a preview server at an API listening on a free port.
const apiUrl = process.env.CRM_API_URL ?? 'http://localhost:3000';
const workerUrl = process.env.CRM_WORKER_URL ?? 'http://localhost:3001';

const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiUrl, changeOrigin: true },
  '/api': { target: apiUrl, changeOrigin: true },
  '/health': { target: apiUrl, changeOrigin: true },
  '/admin/queues': { target: workerUrl, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { proxy },
  build: {
    rollupOptions: {
      output: {
        // Vendor code changes rarely: long-cached chunks of its own. antd stays tree-shaken (ES modules).
        manualChunks: {
          react: ['react', 'react-dom', 'react-router'],
          antd: ['antd', '@ant-design/icons'],
          apollo: ['@apollo/client', 'graphql'],
        },
      },
    },
    // antd's used components with their CSS-in-JS runtime are about 1 MB before gzip (≈350 kB after).
    chunkSizeWarningLimit: 1200,
  },
});
