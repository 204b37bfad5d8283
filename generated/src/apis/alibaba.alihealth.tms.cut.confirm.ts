// Generated from specs/alihealth2/alibaba.alihealth.tms.cut.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tms.cut.confirm` (配拦截失败CP确认结果并回告). */
export interface AlibabaAlihealthTmsCutConfirmRequest {
  /** 参数 */
  tms_cut_result_confirm_request?: AlibabaAlihealthTmsCutConfirmTmsCutResultConfirmRequestInput;
}

/** Response of `alibaba.alihealth.tms.cut.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTmsCutConfirmResponse {
  /** 返回结果 */
  result?: AlibabaAlihealthTmsCutConfirmResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TmsCutResultConfirmRequest` of `alibaba.alihealth.tms.cut.confirm`. */
export interface AlibabaAlihealthTmsCutConfirmTmsCutResultConfirmRequestInput {
  /** 扩展参数 */
  extend?: string;
  /** 回传数组 */
  confirm_items?: AlibabaAlihealthTmsCutConfirmTmsCutResultConfirmItemInput[];
}

/** `TmsCutResultConfirmItem` of `alibaba.alihealth.tms.cut.confirm`. */
export interface AlibabaAlihealthTmsCutConfirmTmsCutResultConfirmItemInput {
  /** 扩展参数 */
  extend_item?: string;
  /** 运单号 */
  tms_codes?: string[];
  /** 仓编码 */
  store_code?: string;
  /** 拦截状态 2 拦截成功 3拦截失败 */
  status?: Int64Input;
}

/** `Result` of `alibaba.alihealth.tms.cut.confirm`. */
export interface AlibabaAlihealthTmsCutConfirmResult {
  /** 结果 */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误编码 */
  error_code?: string;
  /** 错误描述 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  tms_cut_result_confirm_request: {
    extend: 'String',
    confirm_items: [
      {
        extend_item: 'String',
        tms_codes: ['String'],
        store_code: 'String',
        status: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tms.cut.confirm`: method, response root, request and response schemas. */
export const alibabaAlihealthTmsCutConfirmOperation = {
  method: 'alibaba.alihealth.tms.cut.confirm',
  responseRoot: 'alibaba_alihealth_tms_cut_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 配拦截失败CP确认结果并回告 — calls TOP method `alibaba.alihealth.tms.cut.confirm`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTmsCutConfirm(
  client: TopClient,
  request: AlibabaAlihealthTmsCutConfirmRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthTmsCutConfirmResponse> {
  return client.call<AlibabaAlihealthTmsCutConfirmResponse>(
    {
      method: 'alibaba.alihealth.tms.cut.confirm',
      responseRoot: 'alibaba_alihealth_tms_cut_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
