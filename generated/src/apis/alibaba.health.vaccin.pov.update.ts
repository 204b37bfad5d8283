// Generated from specs/vaccin/alibaba.health.vaccin.pov.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.vaccin.pov.update` (新增/变更接种点信息). */
export interface AlibabaHealthVaccinPovUpdateRequest {
  /** 接种点编码 */
  pov_no: string;
  /** 接种点名称 */
  pov_name: string;
  /** 接种点联系电话 */
  telephone: string;
  /** 接种点具体地址 */
  address: string;
  /** 接种点介绍 */
  description?: string;
  /** 服务时间 */
  business_time?: string;
}

/** Response of `alibaba.health.vaccin.pov.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthVaccinPovUpdateResponse {
  /** 返回数据详情 */
  model?: boolean;
  /** 是否成功执行 */
  is_success?: boolean;
  /** 错误码 */
  msg_code?: string;
  /** 错误描述 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  pov_no: 'String',
  pov_name: 'String',
  telephone: 'String',
  address: 'String',
  description: 'String',
  business_time: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  is_success: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.vaccin.pov.update`: method, response root, request and response schemas. */
export const alibabaHealthVaccinPovUpdateOperation = {
  method: 'alibaba.health.vaccin.pov.update',
  responseRoot: 'alibaba_health_vaccin_pov_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增/变更接种点信息 — calls TOP method `alibaba.health.vaccin.pov.update`.
 *
 * ISV 将疫苗的接种点信息同步到免疫规划中心，提醒用户接种时可提供接种点详情。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthVaccinPovUpdate(
  client: TopClient,
  request: AlibabaHealthVaccinPovUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaHealthVaccinPovUpdateResponse> {
  return client.call<AlibabaHealthVaccinPovUpdateResponse>(
    {
      method: 'alibaba.health.vaccin.pov.update',
      responseRoot: 'alibaba_health_vaccin_pov_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
