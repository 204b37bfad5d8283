// Generated from specs/logistic/taobao.rdc.aligenius.logistics.packages.notice.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.rdc.aligenius.logistics.packages.notice` (物流多包裹通知). */
export interface TaobaoRdcAligeniusLogisticsPackagesNoticeRequest {
  /** 请求入参 */
  param_logistics_notice_d_t_o: TaobaoRdcAligeniusLogisticsPackagesNoticeLogisticsNoticeDtoInput;
}

/** Response of `taobao.rdc.aligenius.logistics.packages.notice`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRdcAligeniusLogisticsPackagesNoticeResponse {
  /** result */
  result?: TaobaoRdcAligeniusLogisticsPackagesNoticeResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LogisticsNoticeDto` of `taobao.rdc.aligenius.logistics.packages.notice`. */
export interface TaobaoRdcAligeniusLogisticsPackagesNoticeLogisticsNoticeDtoInput {
  /** 商品信息 */
  commodity_infos: TaobaoRdcAligeniusLogisticsPackagesNoticeCommodityInfoInput[];
  /** 导入类型(1-订单拆包；2-赠品；3-补发；99-以上类型都不是可填写99) */
  import_type: Int64Input;
  /** 运单号 */
  mail_no: string;
  /** 主交易单号 */
  parent_order_id: Int64Input;
  /** 快递公司编码 */
  tp_code: string;
}

/** `CommodityInfo` of `taobao.rdc.aligenius.logistics.packages.notice`. */
export interface TaobaoRdcAligeniusLogisticsPackagesNoticeCommodityInfoInput {
  /** 商品数量 */
  goods_quantity: Int64Input;
  /** 商品ID */
  item_id: string;
}

/** `Result` of `taobao.rdc.aligenius.logistics.packages.notice`. */
export interface TaobaoRdcAligeniusLogisticsPackagesNoticeResult {
  /** 错误码 */
  error_code?: string;
  /** 异常信息 */
  error_info?: string;
  /** resultData */
  result_data?: TaobaoRdcAligeniusLogisticsPackagesNoticeResultdata;
  /** 是否成功 */
  success?: boolean;
}

/** `Resultdata` of `taobao.rdc.aligenius.logistics.packages.notice`. */
export interface TaobaoRdcAligeniusLogisticsPackagesNoticeResultdata {
  /** 主交易单号 */
  parent_order_id?: Int64;
}

const REQUEST_SCHEMA = {
  param_logistics_notice_d_t_o: {
    commodity_infos: [
      {
        goods_quantity: 'Number',
        item_id: 'String',
      },
    ],
    import_type: 'Number',
    mail_no: 'String',
    parent_order_id: 'Number',
    tp_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_info: 'String',
    result_data: {
      parent_order_id: 'Number',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.rdc.aligenius.logistics.packages.notice`: method, response root, request and response schemas. */
export const taobaoRdcAligeniusLogisticsPackagesNoticeOperation = {
  method: 'taobao.rdc.aligenius.logistics.packages.notice',
  responseRoot: 'rdc_aligenius_logistics_packages_notice_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流多包裹通知 — calls TOP method `taobao.rdc.aligenius.logistics.packages.notice`.
 *
 * 订单发货之后，如果订单拆包、补发、赠品等场景，需要将多余包裹信息触达消费者, 大促会降级
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRdcAligeniusLogisticsPackagesNotice(
  client: TopClient,
  request: TaobaoRdcAligeniusLogisticsPackagesNoticeRequest,
  options?: CallOptions,
): Promise<TaobaoRdcAligeniusLogisticsPackagesNoticeResponse> {
  return client.call<TaobaoRdcAligeniusLogisticsPackagesNoticeResponse>(
    {
      method: 'taobao.rdc.aligenius.logistics.packages.notice',
      responseRoot: 'rdc_aligenius_logistics_packages_notice_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
