// Generated from specs/wdk/alibaba.wdk.scm.lrp.order.predict.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.scm.lrp.order.predict` (单量预测). */
export interface AlibabaWdkScmLrpOrderPredictRequest {
  /** 单量预测查询参数 */
  param_order_predict_query: AlibabaWdkScmLrpOrderPredictOrderPredictQueryInput;
}

/** Response of `alibaba.wdk.scm.lrp.order.predict`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkScmLrpOrderPredictResponse {
  /** result */
  result?: AlibabaWdkScmLrpOrderPredictApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderPredictQuery` of `alibaba.wdk.scm.lrp.order.predict`. */
export interface AlibabaWdkScmLrpOrderPredictOrderPredictQueryInput {
  /** 数据类型：1）滚动，2）快照 */
  data_type: Int64Input;
  /** 查询日期列表，早于当前时间为查询实际单量，晚于当前时间为预测 */
  date_list: string[];
  /** 配送站code，该参数和warehouse_code二选一 */
  delivery_station_code?: string;
  /** 订单类型：1）020线上订单，2）b2c常温订单，3）b2c冷链订单 */
  order_type: Int64Input;
  /** 时间维度：1）每日一条预测，2）每日48条记录，半小时一条预测 */
  time_dimension: Int64Input;
  /** 门店code，该参数和delivery_station_code二选一 */
  warehouse_code?: string;
}

/** `ApiResult` of `alibaba.wdk.scm.lrp.order.predict`. */
export interface AlibabaWdkScmLrpOrderPredictApiResult {
  /** 错误编码 */
  err_code?: string;
  /** 错误消息 */
  err_msg?: string;
  /** 单量预测结果列表 */
  predict_list?: AlibabaWdkScmLrpOrderPredictOrderPredict[];
  /** success */
  success?: boolean;
}

/** `OrderPredict` of `alibaba.wdk.scm.lrp.order.predict`. */
export interface AlibabaWdkScmLrpOrderPredictOrderPredict {
  /** 实际总单量 */
  actual_order_quantity?: Int64;
  /** 分渠道实际单量，JSON结构 */
  channel_actual_quantity?: string;
  /** 分渠道预测单量，JSON结构 */
  channel_predict_quantity?: string;
  /** 配送站编码 */
  delivery_station_code?: string;
  /** 配送站名称 */
  delivery_station_name?: string;
  /** 预测日期 */
  predict_date?: string;
  /** 预测总单量 */
  predict_order_quantity?: Int64;
  /** 子公司编码 */
  sub_company_code?: string;
  /** 子公司名称 */
  sub_company_name?: string;
  /** 时间段 */
  time_range?: string;
  /** 门店编码 */
  warehouse_code?: string;
  /** 门店名称 */
  warehouse_name?: string;
}

const REQUEST_SCHEMA = {
  param_order_predict_query: {
    data_type: 'Number',
    date_list: ['String'],
    delivery_station_code: 'String',
    order_type: 'Number',
    time_dimension: 'Number',
    warehouse_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    predict_list: [
      {
        actual_order_quantity: 'Number',
        channel_actual_quantity: 'String',
        channel_predict_quantity: 'String',
        delivery_station_code: 'String',
        delivery_station_name: 'String',
        predict_date: 'String',
        predict_order_quantity: 'Number',
        sub_company_code: 'String',
        sub_company_name: 'String',
        time_range: 'String',
        warehouse_code: 'String',
        warehouse_name: 'String',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.scm.lrp.order.predict`: method, response root, request and response schemas. */
export const alibabaWdkScmLrpOrderPredictOperation = {
  method: 'alibaba.wdk.scm.lrp.order.predict',
  responseRoot: 'alibaba_wdk_scm_lrp_order_predict_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单量预测 — calls TOP method `alibaba.wdk.scm.lrp.order.predict`.
 *
 * 提供基于门店和配送站的订单量预测，可用于提前安排人力资源
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkScmLrpOrderPredict(
  client: TopClient,
  request: AlibabaWdkScmLrpOrderPredictRequest,
  options?: CallOptions,
): Promise<AlibabaWdkScmLrpOrderPredictResponse> {
  return client.call<AlibabaWdkScmLrpOrderPredictResponse>(
    {
      method: 'alibaba.wdk.scm.lrp.order.predict',
      responseRoot: 'alibaba_wdk_scm_lrp_order_predict_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
