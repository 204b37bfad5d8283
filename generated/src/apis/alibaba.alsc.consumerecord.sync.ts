// Generated from specs/alsc/alibaba.alsc.consumerecord.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.consumerecord.sync` (外域订单同步本地生活消费记录). */
export interface AlibabaAlscConsumerecordSyncRequest {
  /** 外部订单同步本地生活消费记录请求 */
  param_record_open_sync_request: AlibabaAlscConsumerecordSyncRecordOpenSyncRequestInput;
}

/** Response of `alibaba.alsc.consumerecord.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscConsumerecordSyncResponse {
  /** 同步返回结果 */
  result?: AlibabaAlscConsumerecordSyncSingleDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RecordOpenSyncRequest` of `alibaba.alsc.consumerecord.sync`. */
export interface AlibabaAlscConsumerecordSyncRecordOpenSyncRequestInput {
  /** 业务方 */
  biz_source: string;
  /** 同步请求扩展信息 */
  ext_info?: string;
  /** 加密openId的appKey */
  open_app_key?: string;
  /** 开放平台用户id */
  open_user_id: string;
  /** 用户账号类型 */
  owner_type: string;
  /** 同步消费记录模型 */
  record_open_info: AlibabaAlscConsumerecordSyncAlscConsumeRecordOpenInfoInput;
}

/** `AlscConsumeRecordOpenInfo` of `alibaba.alsc.consumerecord.sync`. */
export interface AlibabaAlscConsumerecordSyncAlscConsumeRecordOpenInfoInput {
  /** 消费记录业务上下文 */
  biz_content?: string;
  /** 业务单据号 */
  biz_no: string;
  /** 业务单据类型 */
  biz_no_type: string;
  /** 业务方 */
  biz_source: string;
  /** 消费记录业务状态 */
  biz_status: string;
  /** 业务子类型 */
  biz_sub_type?: string;
  /** 业务类型 */
  biz_type: string;
  /** 物流单模型 */
  delivery_open_info?: AlibabaAlscConsumerecordSyncDeliveryOpenInfoInput;
  /** 消费记录扩展信息 */
  ext_info?: string;
  /** 业务创建时间 */
  gmt_biz_create: DateInput;
  /** 业务最后修改时间 */
  gmt_biz_modified: DateInput;
  /** 对侧ID */
  opposite_id?: string;
  /** 对侧ID类型 */
  opposite_id_type?: string;
  /** 主单模型 */
  order_open_info?: AlibabaAlscConsumerecordSyncOrderOpenInfoInput;
  /** 支付单模型 */
  payment_open_infos?: AlibabaAlscConsumerecordSyncPaymentOpenInfoInput[];
  /** 评价状态 */
  rate_status?: string;
  /** 消费记录类型 */
  record_type?: string;
  /** 退款单模型 */
  refund_open_infos?: AlibabaAlscConsumerecordSyncRefundOpenInfoInput[];
  /** 店铺模型 */
  shop_open_info: AlibabaAlscConsumerecordSyncShopOpenInfoInput;
  /** 子单模型 */
  sub_order_open_infos: AlibabaAlscConsumerecordSyncSubOrderOpenInfoInput[];
  /** 订单是否可见 */
  visibility?: boolean;
}

/** `DeliveryOpenInfo` of `alibaba.alsc.consumerecord.sync`. */
export interface AlibabaAlscConsumerecordSyncDeliveryOpenInfoInput {
  /** 配送员名称 */
  deliver_man?: string;
  /** 开始配送时间 */
  deliver_time?: DateInput;
  /** 物流单扩展信息 */
  ext_info?: string;
  /** 物流费 */
  fee?: Int64Input;
  /** 配送员联系电话 */
  phone?: string;
}

/** `OrderOpenInfo` of `alibaba.alsc.consumerecord.sync`. */
export interface AlibabaAlscConsumerecordSyncOrderOpenInfoInput {
  /** 行动点模型 */
  action_open_infos?: AlibabaAlscConsumerecordSyncActionOpenInfoInput[];
  /** 主单业务上下文 */
  biz_context?: string;
  /** 主单业务状态 */
  biz_status: string;
  /** 主单状态中文描述 */
  biz_status_desc: string;
  /** 主单扩展信息 */
  ext_info?: string;
  /** 主单资金明细 */
  fund_open_info?: AlibabaAlscConsumerecordSyncFundOpenInfoInput;
  /** 下单渠道 */
  order_channel: string;
  /** 订单详情页跳转链接 */
  order_detail_url: string;
  /** 下单子渠道 */
  order_sub_channel?: string;
  /** 订单标题 */
  subject: string;
}

/** `ActionOpenInfo` of `alibaba.alsc.consumerecord.sync`. */
export interface AlibabaAlscConsumerecordSyncActionOpenInfoInput {
  /** 行动点描述 */
  action_desc?: string;
  /** 行动点类型 */
  action_type?: string;
  /** 文案是否高亮 */
  highlight?: boolean;
  /** 跳转链接 */
  jump_url?: string;
}

/** `FundOpenInfo` of `alibaba.alsc.consumerecord.sync`. */
export interface AlibabaAlscConsumerecordSyncFundOpenInfoInput {
  /** 总金额 */
  amount?: Int64Input;
  /** 用户实付 */
  buyer_pay_amt?: Int64Input;
  /** 商户补贴 */
  merchant_subsidy?: Int64Input;
  /** 平台补贴 */
  platform_subsidy?: Int64Input;
}

/** `PaymentOpenInfo` of `alibaba.alsc.consumerecord.sync`. */
export interface AlibabaAlscConsumerecordSyncPaymentOpenInfoInput {
  /** 支付单业务上下文 */
  biz_context?: string;
  /** 支付单扩展信息 */
  ext_info?: string;
  /** 支付单资金明细 */
  fund_open_info?: AlibabaAlscConsumerecordSyncFundOpenInfoInput;
  /** 支付时间 */
  pay_time?: DateInput;
  /** 付款者账户号 */
  payer_account_no?: string;
  /** 支付状态 */
  status?: string;
  /** 交易号 */
  trade_no?: string;
  /** 交易类型 */
  trade_type?: string;
}

/** `RefundOpenInfo` of `alibaba.alsc.consumerecord.sync`. */
export interface AlibabaAlscConsumerecordSyncRefundOpenInfoInput {
  /** 退款单业务上下文 */
  biz_context?: string;
  /** 退款单扩展信息 */
  ext_info?: string;
  /** 退款单资金明细 */
  fund_open_info?: AlibabaAlscConsumerecordSyncFundOpenInfoInput;
  /** 退款金额 */
  refund_amount?: Int64Input;
  /** 退款单id */
  refund_order_id?: string;
  /** 退款实付 */
  refund_real_amount?: Int64Input;
  /** 退款状态 */
  status?: string;
}

/** `ShopOpenInfo` of `alibaba.alsc.consumerecord.sync`. */
export interface AlibabaAlscConsumerecordSyncShopOpenInfoInput {
  /** 店铺扩展信息 */
  ext_info?: string;
  /** 店铺Pid */
  pid?: string;
  /** 店铺ID */
  shop_id: string;
  /** 店铺logo图片 */
  shop_logo_url: string;
  /** 店铺名称 */
  shop_name: string;
}

/** `SubOrderOpenInfo` of `alibaba.alsc.consumerecord.sync`. */
export interface AlibabaAlscConsumerecordSyncSubOrderOpenInfoInput {
  /** 子单业务上下文 */
  biz_context?: string;
  /** 子单业务状态 */
  biz_status: string;
  /** 子单状态中文描述 */
  biz_status_desc: string;
  /** consumeDesc */
  consume_desc?: string;
  /** 子单扩展信息 */
  ext_info?: string;
  /** 子单资金明细 */
  fund_open_info?: AlibabaAlscConsumerecordSyncFundOpenInfoInput;
  /** 商品ID */
  item_id: string;
  /** 商品名称 */
  item_name: string;
  /** 图片地址 */
  item_pic_url: string;
  /** 单价 */
  price: Int64Input;
  /** 数量 */
  quantity: Int64Input;
  /** 子单记录的时间提示 */
  valid_desc?: string;
  /** 有效期结束时间 */
  valid_end?: DateInput;
  /** 有效期开始时间 */
  valid_start?: DateInput;
}

/** `SingleDataResult` of `alibaba.alsc.consumerecord.sync`. */
export interface AlibabaAlscConsumerecordSyncSingleDataResult {
  /** 返回数据 */
  data?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 结果码 */
  result_status?: Int64;
}

const REQUEST_SCHEMA = {
  param_record_open_sync_request: {
    biz_source: 'String',
    ext_info: 'String',
    open_app_key: 'String',
    open_user_id: 'String',
    owner_type: 'String',
    record_open_info: {
      biz_content: 'String',
      biz_no: 'String',
      biz_no_type: 'String',
      biz_source: 'String',
      biz_status: 'String',
      biz_sub_type: 'String',
      biz_type: 'String',
      delivery_open_info: {
        deliver_man: 'String',
        deliver_time: 'Date',
        ext_info: 'String',
        fee: 'Number',
        phone: 'String',
      },
      ext_info: 'String',
      gmt_biz_create: 'Date',
      gmt_biz_modified: 'Date',
      opposite_id: 'String',
      opposite_id_type: 'String',
      order_open_info: {
        action_open_infos: [
          {
            action_desc: 'String',
            action_type: 'String',
            highlight: 'Boolean',
            jump_url: 'String',
          },
        ],
        biz_context: 'String',
        biz_status: 'String',
        biz_status_desc: 'String',
        ext_info: 'String',
        fund_open_info: {
          amount: 'Number',
          buyer_pay_amt: 'Number',
          merchant_subsidy: 'Number',
          platform_subsidy: 'Number',
        },
        order_channel: 'String',
        order_detail_url: 'String',
        order_sub_channel: 'String',
        subject: 'String',
      },
      payment_open_infos: [
        {
          biz_context: 'String',
          ext_info: 'String',
          fund_open_info: {
            amount: 'Number',
            buyer_pay_amt: 'Number',
            merchant_subsidy: 'Number',
            platform_subsidy: 'Number',
          },
          pay_time: 'Date',
          payer_account_no: 'String',
          status: 'String',
          trade_no: 'String',
          trade_type: 'String',
        },
      ],
      rate_status: 'String',
      record_type: 'String',
      refund_open_infos: [
        {
          biz_context: 'String',
          ext_info: 'String',
          fund_open_info: {
            amount: 'Number',
            buyer_pay_amt: 'Number',
            merchant_subsidy: 'Number',
            platform_subsidy: 'Number',
          },
          refund_amount: 'Number',
          refund_order_id: 'String',
          refund_real_amount: 'Number',
          status: 'String',
        },
      ],
      shop_open_info: {
        ext_info: 'String',
        pid: 'String',
        shop_id: 'String',
        shop_logo_url: 'String',
        shop_name: 'String',
      },
      sub_order_open_infos: [
        {
          biz_context: 'String',
          biz_status: 'String',
          biz_status_desc: 'String',
          consume_desc: 'String',
          ext_info: 'String',
          fund_open_info: {
            amount: 'Number',
            buyer_pay_amt: 'Number',
            merchant_subsidy: 'Number',
            platform_subsidy: 'Number',
          },
          item_id: 'String',
          item_name: 'String',
          item_pic_url: 'String',
          price: 'Number',
          quantity: 'Number',
          valid_desc: 'String',
          valid_end: 'Date',
          valid_start: 'Date',
        },
      ],
      visibility: 'Boolean',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    result_status: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.consumerecord.sync`: method, response root, request and response schemas. */
export const alibabaAlscConsumerecordSyncOperation = {
  method: 'alibaba.alsc.consumerecord.sync',
  responseRoot: 'alibaba_alsc_consumerecord_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外域订单同步本地生活消费记录 — calls TOP method `alibaba.alsc.consumerecord.sync`.
 *
 * 外部第三方将本地生活app端下单数据同步到本地生活消费记录中心
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscConsumerecordSync(
  client: TopClient,
  request: AlibabaAlscConsumerecordSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlscConsumerecordSyncResponse> {
  return client.call<AlibabaAlscConsumerecordSyncResponse>(
    {
      method: 'alibaba.alsc.consumerecord.sync',
      responseRoot: 'alibaba_alsc_consumerecord_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
