// Generated from specs/idle/alibaba.idle.appraise.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.appraise.order.query` (闲鱼验货宝订单详情查询). */
export interface AlibabaIdleAppraiseOrderQueryRequest {
  /** orderId */
  biz_order_id: Int64Input;
}

/** Response of `alibaba.idle.appraise.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleAppraiseOrderQueryResponse {
  /** result */
  result?: AlibabaIdleAppraiseOrderQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.idle.appraise.order.query`. */
export interface AlibabaIdleAppraiseOrderQueryResult {
  /** errCode */
  err_code?: string;
  /** errMsg */
  err_msg?: string;
  /** 订单信息 */
  module?: AlibabaIdleAppraiseOrderQueryAppraiseOrderInfoDto;
  /** 是否成功 */
  success?: boolean;
}

/** `AppraiseOrderInfoDto` of `alibaba.idle.appraise.order.query`. */
export interface AlibabaIdleAppraiseOrderQueryAppraiseOrderInfoDto {
  /** 鉴定商发货给买家的单号 主状态>=7，验货中心已发货时填写 */
  ac2buyer_mail_no?: string;
  /** 逆向流程鉴定商发货给卖家的单号 逆向流程中，主状态>=103卖家已发货后发起逆向时填写 */
  ac2seller_mail_no?: string;
  /** 服务商appkey */
  app_key?: string;
  /** 是否是经主发发布/编辑的验货宝商品 */
  appraise_from_new_publisher?: boolean;
  /** 订单号 */
  biz_order_id?: string;
  /** 品牌Id */
  brand_id?: string;
  /** 买家收货地址。主状态>=6，买家确认购买时填写 */
  buyer_address?: string;
  /** 买家支付宝ID，用于卖家责任时赔付买家 逆向流程中，主状态105鉴定为赝品时填写 */
  buyer_alipay_user_id?: string;
  /** 买家区 */
  buyer_area?: string;
  /** 买家城市 */
  buyer_city?: string;
  /** 买家关闭原因 */
  buyer_close_reason?: string;
  /** 买家村庄 */
  buyer_country?: string;
  /** 买家手机号。主状态>=6，买家确认购买时有值 */
  buyer_phone?: string;
  /** 买家省份 */
  buyer_province?: string;
  /** 买家收货姓名。主状态>=6，买家确认购买时有值 */
  buyer_receipt_name?: string;
  /** 类目聚合场景,如"YHB_3C" */
  cate_agg_scene?: string;
  /** 渠道 */
  channel?: string;
  /** 预留 JSON 格式渠道业务数据 */
  channel_data?: string;
  /** 需付给买家的赔付金额，单位分。状态为：已付款后发货超时（101-1 101-2）、卖家取消订单（101-3 101-4）、鉴定为赝品（主状态105）时有值。 */
  compensation2buyer?: Int64;
  /** 订单环境 'online'：线上环境；'pre'：测试环境 */
  env?: string;
  /** 订单创建时间 */
  gmt_create?: string;
  /** 二手卖家承诺验货项。数组，每条记录的keyId代表验货项id，比如1001可能代表内存。valueId和valueName分别代表验货项值的id和描述。keyId、valueId的取值参考对接文档 */
  idle_appraise_checkpoints?: string;
  /** 鉴定场景：1表示新品鉴定，2表示旧品鉴定 */
  idle_appraise_scene?: string;
  /** 商品详情页 */
  item_detail_info?: string;
  /** 订单主状态。(主状态,子状态,状态说明)示例如下： ("1", "1", "买家拍下未付款") ("2", "1", "买家拍下已付款") ("3", "1", "卖家已发货") 等。详情参考对接文档 */
  order_status?: string;
  /** 订单子状态，说明见order_status */
  order_sub_status?: string;
  /** 卖家发货给验货中心的单号。主状态>=3，卖家已发货时有值 */
  seller2ac_mail_no?: string;
  /** 卖家区 */
  seller_area?: string;
  /** 卖家城市 */
  seller_city?: string;
  /** 卖家关闭原因 */
  seller_close_reason?: string;
  /** 卖家村庄 */
  seller_country?: string;
  /** 卖家手机号码。逆向流程中，主状态>=102卖家已发货后发起逆向时有值 */
  seller_phone?: string;
  /** 卖家省份 */
  seller_province?: string;
  /** 逆向流程卖家收货地址。逆向流程中，主状态>=102卖家已发货后发起逆向时有值 */
  seller_receipt_address?: string;
  /** 卖家收货姓名，逆向退货用。逆向流程中，主状态>=102卖家已发货后发起逆向时有值 */
  seller_receipt_name?: string;
  /** spuId */
  spu_id?: string;
  /** spu信息jsonStr */
  spu_info?: string;
  /** 服务商应收实时分账金额，分。仅当交易成功或者卖家无责买家不买 这两个状态有效，其余为0。当保证金被罚没的状态时，不会实时分账而是线下结算，所以只有上述两个状态有值。 */
  supplier_charge_fee_cent?: Int64;
  /** 买家实付金额，单位：分 */
  actual_paid_fee_cent?: Int64;
  /** 2022-10-01 00:00:00 */
  buyer_confirm_receipt_timeout?: string;
  /** 2022-10-01 00:00:00 */
  seller_confirm_back_address_time?: string;
  /** 验货宝订单流程版本 */
  yhb_version?: string;
  /** 确定买家验货费金额，单位：分 */
  buyer_inspection_fee?: Int64;
  /** 确定买家验货费金额，单位：分 */
  seller_inspection_fee?: Int64;
  /** 买家验货费支付宝流水单号（仅在买家需要承担时有效） */
  buyer_inspection_zfb_id?: string;
  /** 买家验货费支付单号 */
  buyer_inspection_order_id?: string;
  /** 卖家验货费支付宝流水单号（仅在卖家需要承担时有效） */
  seller_inspection_zfb_id?: string;
  /** 卖家验货费支付单号 */
  seller_inspection_order_id?: string;
  /** 纠纷单判责结论，只在产生纠纷单并在判责结论出具后有效 */
  dispute_conclusion?: string;
  /** 卖家支付宝 pid */
  seller_alipay_pid?: string;
  /** 仓库 id */
  ac_storage_id?: string;
  /** 有值代表使用了验货费券，表示金额 */
  inspection_coupon_fee?: string;
  /** true 表示交易成功卖家包验货费模式 */
  trade_success_seller_assume?: boolean;
}

const REQUEST_SCHEMA = {
  biz_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_msg: 'String',
    module: {
      ac2buyer_mail_no: 'String',
      ac2seller_mail_no: 'String',
      app_key: 'String',
      appraise_from_new_publisher: 'Boolean',
      biz_order_id: 'String',
      brand_id: 'String',
      buyer_address: 'String',
      buyer_alipay_user_id: 'String',
      buyer_area: 'String',
      buyer_city: 'String',
      buyer_close_reason: 'String',
      buyer_country: 'String',
      buyer_phone: 'String',
      buyer_province: 'String',
      buyer_receipt_name: 'String',
      cate_agg_scene: 'String',
      channel: 'String',
      channel_data: 'String',
      compensation2buyer: 'Number',
      env: 'String',
      gmt_create: 'String',
      idle_appraise_checkpoints: 'String',
      idle_appraise_scene: 'String',
      item_detail_info: 'String',
      order_status: 'String',
      order_sub_status: 'String',
      seller2ac_mail_no: 'String',
      seller_area: 'String',
      seller_city: 'String',
      seller_close_reason: 'String',
      seller_country: 'String',
      seller_phone: 'String',
      seller_province: 'String',
      seller_receipt_address: 'String',
      seller_receipt_name: 'String',
      spu_id: 'String',
      spu_info: 'String',
      supplier_charge_fee_cent: 'Number',
      actual_paid_fee_cent: 'Number',
      buyer_confirm_receipt_timeout: 'String',
      seller_confirm_back_address_time: 'String',
      yhb_version: 'String',
      buyer_inspection_fee: 'Number',
      seller_inspection_fee: 'Number',
      buyer_inspection_zfb_id: 'String',
      buyer_inspection_order_id: 'String',
      seller_inspection_zfb_id: 'String',
      seller_inspection_order_id: 'String',
      dispute_conclusion: 'String',
      seller_alipay_pid: 'String',
      ac_storage_id: 'String',
      inspection_coupon_fee: 'String',
      trade_success_seller_assume: 'Boolean',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.appraise.order.query`: method, response root, request and response schemas. */
export const alibabaIdleAppraiseOrderQueryOperation = {
  method: 'alibaba.idle.appraise.order.query',
  responseRoot: 'alibaba_idle_appraise_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼验货宝订单详情查询 — calls TOP method `alibaba.idle.appraise.order.query`.
 *
 * 鉴定商调用该接口获取订单状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleAppraiseOrderQuery(
  client: TopClient,
  request: AlibabaIdleAppraiseOrderQueryRequest,
  options?: CallOptions,
): Promise<AlibabaIdleAppraiseOrderQueryResponse> {
  return client.call<AlibabaIdleAppraiseOrderQueryResponse>(
    {
      method: 'alibaba.idle.appraise.order.query',
      responseRoot: 'alibaba_idle_appraise_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
