// Generated from specs/flight/taobao.fliggy.flight.agent.auxproduct.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fliggy.flight.agent.auxproduct.delete` (飞猪机票辅营商品删除). */
export interface TaobaoFliggyFlightAgentAuxproductDeleteRequest {
  /** 廉航辅营产品删除请求 */
  del_aux_product_rq: TaobaoFliggyFlightAgentAuxproductDeleteDelAuxProductRqInput;
}

/** Response of `taobao.fliggy.flight.agent.auxproduct.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFliggyFlightAgentAuxproductDeleteResponse {
  /** result */
  result?: TaobaoFliggyFlightAgentAuxproductDeleteDelAuxProductsRs;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DelAuxProductRq` of `taobao.fliggy.flight.agent.auxproduct.delete`. */
export interface TaobaoFliggyFlightAgentAuxproductDeleteDelAuxProductRqInput {
  /** 渠道id.校验请求商家身份，channelId非空，则cid必须与之匹配。 当channelId与外部id都为空，表明删除此店铺全部渠道全部辅营产品 */
  channel_id: Int64Input;
  /** 外部ID列表，外部ID是辅营报价的唯一标识，后续用于校验生单；只允许数字字母组合，最大允许32个字符。 不允许包含空格、换行、|这类特殊符号 */
  outer_ids: string[];
  /** 代理商ID */
  agent_id: Int64Input;
  /** 接口身份标识用户名（渠道唯一标识）。校验请求商家身份，channelId非空，则cid必须与之匹配。 当channelId与外部id都为空，表明删除此店铺全部渠道全部辅营产品 */
  cid: string;
}

/** `DelAuxProductsRs` of `taobao.fliggy.flight.agent.auxproduct.delete`. */
export interface TaobaoFliggyFlightAgentAuxproductDeleteDelAuxProductsRs {
  /** 操作日志id，商家可通过该id在后台查看本次操作的具体结果 */
  tracer_id?: string;
  /** 备注 */
  api_error_msg?: string;
  /** 是否操作成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  del_aux_product_rq: {
    channel_id: 'Number',
    outer_ids: ['String'],
    agent_id: 'Number',
    cid: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    tracer_id: 'String',
    api_error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.fliggy.flight.agent.auxproduct.delete`: method, response root, request and response schemas. */
export const taobaoFliggyFlightAgentAuxproductDeleteOperation = {
  method: 'taobao.fliggy.flight.agent.auxproduct.delete',
  responseRoot: 'fliggy_flight_agent_auxproduct_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 飞猪机票辅营商品删除 — calls TOP method `taobao.fliggy.flight.agent.auxproduct.delete`.
 *
 * 廉航辅营产品删除接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFliggyFlightAgentAuxproductDelete(
  client: TopClient,
  request: TaobaoFliggyFlightAgentAuxproductDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoFliggyFlightAgentAuxproductDeleteResponse> {
  return client.call<TaobaoFliggyFlightAgentAuxproductDeleteResponse>(
    {
      method: 'taobao.fliggy.flight.agent.auxproduct.delete',
      responseRoot: 'fliggy_flight_agent_auxproduct_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
