// Generated from specs/alihealthalgo/alibaba.alihealth.algo.medication.safety.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.algo.medication.safety.get` (合理用药api). */
export interface AlibabaAlihealthAlgoMedicationSafetyGetRequest {
  /** 业务请求对象 */
  param_solution_request_top_support?: AlibabaAlihealthAlgoMedicationSafetyGetSolutionRequestTopSupportInput;
}

/** Response of `alibaba.alihealth.algo.medication.safety.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthAlgoMedicationSafetyGetResponse {
  /** 系统自动生成 */
  result?: AlibabaAlihealthAlgoMedicationSafetyGetSolutionResultTopSupport;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SolutionRequestTopSupport` of `alibaba.alihealth.algo.medication.safety.get`. */
export interface AlibabaAlihealthAlgoMedicationSafetyGetSolutionRequestTopSupportInput {
  /** 业务应用标识 */
  app_id?: string;
  /** 业务参数 */
  params?: string;
  /** 用户id */
  user_id?: string;
}

/** `SolutionResultTopSupport` of `alibaba.alihealth.algo.medication.safety.get`. */
export interface AlibabaAlihealthAlgoMedicationSafetyGetSolutionResultTopSupport {
  /** 错误信息 */
  message?: string;
  /** 结果 */
  data_list?: string[];
  /** 状态码 */
  status?: string;
}

const REQUEST_SCHEMA = {
  param_solution_request_top_support: {
    app_id: 'String',
    params: 'String',
    user_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data_list: ['String'],
    status: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.algo.medication.safety.get`: method, response root, request and response schemas. */
export const alibabaAlihealthAlgoMedicationSafetyGetOperation = {
  method: 'alibaba.alihealth.algo.medication.safety.get',
  responseRoot: 'alibaba_alihealth_algo_medication_safety_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 合理用药api — calls TOP method `alibaba.alihealth.algo.medication.safety.get`.
 *
 * 合理用药规则引擎服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthAlgoMedicationSafetyGet(
  client: TopClient,
  request: AlibabaAlihealthAlgoMedicationSafetyGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthAlgoMedicationSafetyGetResponse> {
  return client.call<AlibabaAlihealthAlgoMedicationSafetyGetResponse>(
    {
      method: 'alibaba.alihealth.algo.medication.safety.get',
      responseRoot: 'alibaba_alihealth_algo_medication_safety_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
