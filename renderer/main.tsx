// placeholder: the React UI arrives with the desktop-app issue
export {};
