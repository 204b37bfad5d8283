// Generated from specs/idle/alibaba.idle.consignment.order.perform.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.consignment.order.perform` (帮卖订单履约). */
export interface AlibabaIdleConsignmentOrderPerformRequest {
  /** 帮卖订单同步DTO */
  param?: AlibabaIdleConsignmentOrderPerformConsignmentOrderSynDtoInput;
}

/** Response of `alibaba.idle.consignment.order.perform`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleConsignmentOrderPerformResponse {
  /** 接口返回model */
  result?: AlibabaIdleConsignmentOrderPerformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ConsignmentOrderSynDto` of `alibaba.idle.consignment.order.perform`. */
export interface AlibabaIdleConsignmentOrderPerformConsignmentOrderSynDtoInput {
  /** 履约节点数据 */
  attribute?: AlibabaIdleConsignmentOrderPerformAttributeInput;
  /** 订单二级状态,一级状态的子状态,对于没有二级状态的场景该字段为空。一级状态为2已取件: 21:已取件; 22:已收件; 一级状态为3已质检: 31:已质检; 32:用户已确认; 201:一次挂拍; 一级状态为20竞拍中: 202:一次竞拍中; 203:一次竞拍成交; 204:一次拍卖违约; 205:一次竞拍流拍; 211:二次挂拍; 212:二次竞拍中; 213:二次竞拍成交; 214:二次拍卖违约; 215:二次竞拍流拍; 一级状态为5服务商确认交易完成: 51:拍卖成功/订单成功; 58:回收商确认交易/拍卖流拍成交; 59:服务商(兜底)确认交易/支付; */
  order_sub_status?: string;
  /** 订单一级状态。1:已下单; 2:已取件; 3:已质检; 20:竞拍中; 5:交易成功; 6:卖家已评价; 7:服务商已评价; 100:申请退货; 101:已退货; 102:卖家取消订单关闭; 103:服务商取消订单关闭; */
  order_status?: string;
  /** 闲鱼订单号 */
  biz_order_id: string;
}

/** `Attribute` of `alibaba.idle.consignment.order.perform`. */
export interface AlibabaIdleConsignmentOrderPerformAttributeInput {
  /** 支付订单号。orderStatus=5时必须上送 */
  pay_order_id?: string;
  /** 拍卖订单违约金额，单位分，精确到元。orderSubStatus=204或者214时必须上送；orderStatus=5时必须上送(违约金总额) */
  forfeit_fee?: string;
  /** 帮卖服务费金额，单位分，精确到元。orderStatus=5时必须上送 */
  service_fee?: string;
  /** 成交金额，单位分，精确到元。orderSubStatus=31时表示相同机况下市场回收价格;orderSubStatus=203或者213,表示拍卖成交金额;orderStatus=5时,表示最终成交金额,必须上送. */
  deal_amt?: string;
  /** 节点到期时间，下一节点开始时间（例如订单进入挂拍状态，则表示挂拍结束时间即竞拍开始时间），格式为“yyyy-MM-dd HH:mm:s”。orderSubStatus为如下值时必须上送：201,211表示竞拍开始时间; 202,212表示竞拍结束时间; 203,213表示拍卖买家付款截止时间; */
  end_time?: string;
  /** 拍卖订单号。orderSubStatus=201或者211时上送 */
  auction_id?: string;
  /** 关闭订单原因。orderSubStatus=102时表示卖家取消原因；orderSubStatus=103时表示买家取消原因； */
  close_reason?: string;
  /** 质检金额（拍卖底价），单位为分，精确到元。orderSubStatus=31时上送 */
  confirm_amt?: string;
  /** 快递单号，orderSubStatus=21表示服务商取件快递单号，orderSubStatus =101时表示服务商退货快递单号 */
  mail_no?: string;
  /** 实际支付金额，单位分，精确到元。orderStatus=5时必须上送 */
  pay_amt?: string;
  /** 历史最高成交金额，单位分，精确到元。orderSubStatus=31时上送 */
  max_deal_amt?: string;
  /** 评价内容。order_status=7时候填写 */
  rate_content?: string;
  /** 评价等级。order_status=7时候填写 1：好评 2：中评 */
  rate_grade?: string;
}

/** `Result` of `alibaba.idle.consignment.order.perform`. */
export interface AlibabaIdleConsignmentOrderPerformResult {
  /** 错误信息 */
  err_msg?: string;
  /** 错误码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param: {
    attribute: {
      pay_order_id: 'String',
      forfeit_fee: 'String',
      service_fee: 'String',
      deal_amt: 'String',
      end_time: 'String',
      auction_id: 'String',
      close_reason: 'String',
      confirm_amt: 'String',
      mail_no: 'String',
      pay_amt: 'String',
      max_deal_amt: 'String',
      rate_content: 'String',
      rate_grade: 'String',
    },
    order_sub_status: 'String',
    order_status: 'String',
    biz_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.consignment.order.perform`: method, response root, request and response schemas. */
export const alibabaIdleConsignmentOrderPerformOperation = {
  method: 'alibaba.idle.consignment.order.perform',
  responseRoot: 'alibaba_idle_consignment_order_perform_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 帮卖订单履约 — calls TOP method `alibaba.idle.consignment.order.perform`.
 *
 * 帮卖订单履约，回收商同步订单信息，驱动交易流转
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleConsignmentOrderPerform(
  client: TopClient,
  request: AlibabaIdleConsignmentOrderPerformRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleConsignmentOrderPerformResponse> {
  return client.call<AlibabaIdleConsignmentOrderPerformResponse>(
    {
      method: 'alibaba.idle.consignment.order.perform',
      responseRoot: 'alibaba_idle_consignment_order_perform_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
