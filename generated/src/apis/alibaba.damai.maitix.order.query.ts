// Generated from specs/maitix/alibaba.damai.maitix.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.order.query` (大麦-查询分销单). */
export interface AlibabaDamaiMaitixOrderQueryRequest {
  /** 分销单查询入参 */
  param: AlibabaDamaiMaitixOrderQueryMoaOrderQueryParamInput;
}

/** Response of `alibaba.damai.maitix.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixOrderQueryResponse {
  /** 返回结果集 */
  result?: AlibabaDamaiMaitixOrderQueryMxResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MoaOrderQueryParam` of `alibaba.damai.maitix.order.query`. */
export interface AlibabaDamaiMaitixOrderQueryMoaOrderQueryParamInput {
  /** 大麦订单id */
  order_id: Int64Input;
  /** 查询是否排除取消的订单 */
  exclude_useless_sub_order?: boolean;
}

/** `MxResult` of `alibaba.damai.maitix.order.query`. */
export interface AlibabaDamaiMaitixOrderQueryMxResult {
  /** 信息提示 */
  message?: string;
  /** totalAmount:总价; orderId:大麦订单ID; subOrders:子分销单列表 seatRowName:排名称; qrCodeType:二维码类型： 1 - 静态二维码, 2 - 动态二维码; seatRowId:排ID; seatAreaId:区ID; performId:场次ID; seatType:座位类型：安保座、防涨座; qrCode:票单的二维码; subOrderId:子订单ID; performName:场次名称; standId:看台ID; seatId:座位ID; seatName:座位名称; seatAreaName:区名称; projectName:项目名称; standName:看台名称; priceName:票品名称; priceId:票品ID; projectId:项目ID; seatFloorId:楼ID;hasValidated=票是否核验过 outOid=渠道订单号 certificateNo=证件号 phoneNumber=手机号 performName=场次名称 tradeStatus=交易状态，2-已下单,等支付，5-支付成功，8-交易关闭 priceName=票价名称 projectName=项目名称 projectId=项目id certificateType=证件类型1=身份证,2=护照,3=港澳通行证,4=台胞证,5=士兵／军官 ticketMode 出票方式，1 纸制票,2 证件电子票,3 二维码电子票,4 短信电子票, printCount 打印次数 printStatus 打印状态 1未打印 2已打印 validateStatus 验票状态 1 未验，2 已验 poid 大麦主订单号 performId 场次id validateCount 验票次数 priceId 价格id */
  model?: string;
  /** 结果code，0代表成功，负数代表异常情况 */
  code?: Int64;
  /** 是否成功，true:成功，false:失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param: {
    order_id: 'Number',
    exclude_useless_sub_order: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    model: 'String',
    code: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.order.query`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixOrderQueryOperation = {
  method: 'alibaba.damai.maitix.order.query',
  responseRoot: 'alibaba_damai_maitix_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦-查询分销单 — calls TOP method `alibaba.damai.maitix.order.query`.
 *
 * 查询分销单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixOrderQuery(
  client: TopClient,
  request: AlibabaDamaiMaitixOrderQueryRequest,
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixOrderQueryResponse> {
  return client.call<AlibabaDamaiMaitixOrderQueryResponse>(
    {
      method: 'alibaba.damai.maitix.order.query',
      responseRoot: 'alibaba_damai_maitix_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
