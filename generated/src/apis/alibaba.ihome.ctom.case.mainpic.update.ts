// Generated from specs/ihome/alibaba.ihome.ctom.case.mainpic.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ihome.ctom.case.mainpic.update` (方案渲染图修改). */
export interface AlibabaIhomeCtomCaseMainpicUpdateRequest {
  /** 32位字符串 */
  trace_id?: string;
  /** 方案id */
  case_id: string;
  /** 图片的地址 */
  pic_url: string;
  /** 图片类型 */
  pic_type?: string;
}

/** Response of `alibaba.ihome.ctom.case.mainpic.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIhomeCtomCaseMainpicUpdateResponse {
  /** 根据站点名称查询产品 */
  api_result?: AlibabaIhomeCtomCaseMainpicUpdateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiResult` of `alibaba.ihome.ctom.case.mainpic.update`. */
export interface AlibabaIhomeCtomCaseMainpicUpdateApiResult {
  /** 具体错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** case的url地址 */
  data?: string;
  /** true */
  status?: boolean;
}

const REQUEST_SCHEMA = {
  trace_id: 'String',
  case_id: 'String',
  pic_url: 'String',
  pic_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    error_message: 'String',
    error_code: 'String',
    data: 'String',
    status: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ihome.ctom.case.mainpic.update`: method, response root, request and response schemas. */
export const alibabaIhomeCtomCaseMainpicUpdateOperation = {
  method: 'alibaba.ihome.ctom.case.mainpic.update',
  responseRoot: 'alibaba_ihome_ctom_case_mainpic_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 方案渲染图修改 — calls TOP method `alibaba.ihome.ctom.case.mainpic.update`.
 *
 * 用于在门店工作台里的编辑器保存方案，由三维家后端调用阿里后端，保存方案信息
 * 此接口只允许ihome业务使用，用于门店的编辑功能，只允许广东三维家信息科技有限公司一家公司调用，不适用于其他业务。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIhomeCtomCaseMainpicUpdate(
  client: TopClient,
  request: AlibabaIhomeCtomCaseMainpicUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaIhomeCtomCaseMainpicUpdateResponse> {
  return client.call<AlibabaIhomeCtomCaseMainpicUpdateResponse>(
    {
      method: 'alibaba.ihome.ctom.case.mainpic.update',
      responseRoot: 'alibaba_ihome_ctom_case_mainpic_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
