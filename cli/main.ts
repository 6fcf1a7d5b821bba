// placeholder: replaced by the CLI entry point
export {};
