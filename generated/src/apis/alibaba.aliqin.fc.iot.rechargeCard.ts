// Generated from specs/aliqin/alibaba.aliqin.fc.iot.rechargeCard.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.fc.iot.rechargeCard` (按终端号订购增值业务). */
export interface AlibabaAliqinFcIotRechargeCardRequest {
  /**
   * 外部id,用来做幂等
   *
   * Max length: 32
   */
  out_recharge_id: string;
  /** 外部计费号类型：写‘ICCID’ */
  bill_source: string;
  /** iccid的值 */
  bill_real: string;
  /** ICCID */
  iccid: string;
  /** 流量包offerId */
  offer_id: string;
  /** 生效时间,1000,立即生效; AUTO_ORD,下周期自动续订 */
  eff_code: string;
  /** yyyy-MM-dd HH:mm:ss */
  eff_time?: DateInput;
}

/** Response of `alibaba.aliqin.fc.iot.rechargeCard`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinFcIotRechargeCardResponse {
  /** result */
  result?: AlibabaAliqinFcIotRechargeCardResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.aliqin.fc.iot.rechargeCard`. */
export interface AlibabaAliqinFcIotRechargeCardResult {
  /** model */
  model?: boolean;
  /** code */
  code?: string;
  /** success */
  success?: boolean;
  /** msg */
  msg?: string;
}

const REQUEST_SCHEMA = {
  out_recharge_id: 'String',
  bill_source: 'String',
  bill_real: 'String',
  iccid: 'String',
  offer_id: 'String',
  eff_code: 'String',
  eff_time: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Boolean',
    code: 'String',
    success: 'Boolean',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.fc.iot.rechargeCard`: method, response root, request and response schemas. */
export const alibabaAliqinFcIotRechargeCardOperation = {
  method: 'alibaba.aliqin.fc.iot.rechargeCard',
  responseRoot: 'alibaba_aliqin_fc_iot_rechargeCard_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 按终端号订购增值业务 — calls TOP method `alibaba.aliqin.fc.iot.rechargeCard`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinFcIotRechargeCard(
  client: TopClient,
  request: AlibabaAliqinFcIotRechargeCardRequest,
  options?: CallOptions,
): Promise<AlibabaAliqinFcIotRechargeCardResponse> {
  return client.call<AlibabaAliqinFcIotRechargeCardResponse>(
    {
      method: 'alibaba.aliqin.fc.iot.rechargeCard',
      responseRoot: 'alibaba_aliqin_fc_iot_rechargeCard_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
