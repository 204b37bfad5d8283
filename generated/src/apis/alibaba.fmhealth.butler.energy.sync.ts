// Generated from specs/alihealthcrm/alibaba.fmhealth.butler.energy.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fmhealth.butler.energy.sync` (同步用户消耗能量). */
export interface AlibabaFmhealthButlerEnergySyncRequest {
  /** 阿里用户id */
  user_id: Int64Input;
  /** 每日已消耗能量 */
  value: string;
  /** “S”- s点 “CAL”- 卡路里 */
  energy_type: string;
  /** 每日可消耗能量 */
  target: string;
  /** 每日运动消耗能量值 */
  sport: string;
}

/** Response of `alibaba.fmhealth.butler.energy.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFmhealthButlerEnergySyncResponse {
  /** result */
  result?: AlibabaFmhealthButlerEnergySyncTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.fmhealth.butler.energy.sync`. */
export interface AlibabaFmhealthButlerEnergySyncTopResultModel {
  /** 操作是否成功 */
  model?: boolean;
  /** 服务结果编码 */
  msg_code?: string;
  /** 服务结果编码说明 */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  user_id: 'Number',
  value: 'Price',
  energy_type: 'String',
  target: 'Price',
  sport: 'Price',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fmhealth.butler.energy.sync`: method, response root, request and response schemas. */
export const alibabaFmhealthButlerEnergySyncOperation = {
  method: 'alibaba.fmhealth.butler.energy.sync',
  responseRoot: 'alibaba_fmhealth_butler_energy_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步用户消耗能量 — calls TOP method `alibaba.fmhealth.butler.energy.sync`.
 *
 * 同步用户消耗能量，用户消耗s点或卡路里后，同步给健康平台
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFmhealthButlerEnergySync(
  client: TopClient,
  request: AlibabaFmhealthButlerEnergySyncRequest,
  options?: CallOptions,
): Promise<AlibabaFmhealthButlerEnergySyncResponse> {
  return client.call<AlibabaFmhealthButlerEnergySyncResponse>(
    {
      method: 'alibaba.fmhealth.butler.energy.sync',
      responseRoot: 'alibaba_fmhealth_butler_energy_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
