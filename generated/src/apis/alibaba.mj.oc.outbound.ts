// Generated from specs/mos/alibaba.mj.oc.outbound.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.oc.outbound` (零售商品发货). */
export interface AlibabaMjOcOutboundRequest {
  /** 发货信息 */
  goods_outbound: AlibabaMjOcOutboundGoodsOutboundDTOInput;
}

/** Response of `alibaba.mj.oc.outbound`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjOcOutboundResponse {
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `GoodsOutboundDTO` of `alibaba.mj.oc.outbound`. */
export interface AlibabaMjOcOutboundGoodsOutboundDTOInput {
  /** 配送员 */
  deliverer_name?: string;
  /** 配送员电话 */
  deliverer_phone?: string;
  /** 物流公司代码 */
  logistics_company_code?: string;
  /** 物流单号 */
  logistics_no: string;
  /** 出库明细 */
  outbound_details: AlibabaMjOcOutboundOutboundDetailDTOInput[];
  /** 发货时间 */
  send_out_time: string;
  /** OC订单号 */
  trade_no: string;
}

/** `OutboundDetailDTO` of `alibaba.mj.oc.outbound`. */
export interface AlibabaMjOcOutboundOutboundDetailDTOInput {
  /** 数量 */
  quantity?: string;
  /** skuId */
  sku_id?: string;
}

const REQUEST_SCHEMA = {
  goods_outbound: {
    deliverer_name: 'String',
    deliverer_phone: 'String',
    logistics_company_code: 'String',
    logistics_no: 'String',
    outbound_details: [
      {
        quantity: 'Price',
        sku_id: 'String',
      },
    ],
    send_out_time: 'String',
    trade_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.oc.outbound`: method, response root, request and response schemas. */
export const alibabaMjOcOutboundOperation = {
  method: 'alibaba.mj.oc.outbound',
  responseRoot: 'alibaba_mj_oc_outbound_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售商品发货 — calls TOP method `alibaba.mj.oc.outbound`.
 *
 * 用于接收发货的数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjOcOutbound(
  client: TopClient,
  request: AlibabaMjOcOutboundRequest,
  options?: CallOptions,
): Promise<AlibabaMjOcOutboundResponse> {
  return client.call<AlibabaMjOcOutboundResponse>(
    {
      method: 'alibaba.mj.oc.outbound',
      responseRoot: 'alibaba_mj_oc_outbound_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
