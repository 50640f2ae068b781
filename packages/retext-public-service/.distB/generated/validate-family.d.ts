export declare const validate: ((value: unknown) => boolean) & {
    errors?: Array<{
        instancePath: string;
        message?: string;
        params?: Record<string, unknown>;
    }> | null;
};
