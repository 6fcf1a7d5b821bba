// placeholder: the Electron shell arrives with the desktop-app issue
export {};
