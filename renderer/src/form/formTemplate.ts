import { createContext, useContext } from 'react';
import { CURRENT_TEMPLATE, type FormTemplate } from '../../../shared/template';

/**
 * The form in use: the built-in one, or a package the office installed from Settings (sent by
 * the main process at startup). The form, its checks and its models list draw from it.
 */
export const FormTemplateContext = createContext<FormTemplate>(CURRENT_TEMPLATE);

export function useFormTemplate(): FormTemplate {
  return useContext(FormTemplateContext);
}
