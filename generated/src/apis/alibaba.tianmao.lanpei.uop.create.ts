// Generated from specs/ascp/alibaba.tianmao.lanpei.uop.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tianmao.lanpei.uop.create` (阿里巴巴.天猫家装.揽配.履约订单.创建). */
export interface AlibabaTianmaoLanpeiUopCreateRequest {
  /** ERP推单模型 */
  hi_erp_order_event: AlibabaTianmaoLanpeiUopCreateHiErpOrderEventInput;
}

/** Response of `alibaba.tianmao.lanpei.uop.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTianmaoLanpeiUopCreateResponse {
  /** 结果 */
  result?: AlibabaTianmaoLanpeiUopCreateBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HiErpOrderEvent` of `alibaba.tianmao.lanpei.uop.create`. */
export interface AlibabaTianmaoLanpeiUopCreateHiErpOrderEventInput {
  /** 主单信息 */
  hi_erp_order_dto: AlibabaTianmaoLanpeiUopCreateHiErpOrderDTOInput;
  /** 收件人信息 */
  hi_erp_receiver_dto: AlibabaTianmaoLanpeiUopCreateHiErpReceiverDTOInput;
  /** 货品明细 */
  hi_erp_item_dto_list: AlibabaTianmaoLanpeiUopCreateHiErpItemDTOInput[];
}

/** `HiErpOrderDTO` of `alibaba.tianmao.lanpei.uop.create`. */
export interface AlibabaTianmaoLanpeiUopCreateHiErpOrderDTOInput {
  /** 外部订单号，唯一标识 */
  out_order_code: string;
  /** 渠道，比如213 */
  channel: string;
  /** 货主ID */
  owner_id: Int64Input;
  /** 店铺名称 */
  seller_nick: string;
  /** 外部店铺名称 */
  out_seller_nick?: string;
  /** 交易ID，非淘系订单，填写外部平台交易ID */
  trade_id?: string;
  /** 订单类型，目前只支持销售单，取值为0 */
  order_type: string;
  /** 下单时间，为空则取接口调用时间 */
  order_time?: string;
  /** 支付时间，为空则取接口调用时间 */
  pay_time?: string;
  /** 是否加密，默认为false */
  cipher_text?: boolean;
  /** 买家留言 */
  buyer_memo?: string;
  /** 仓编码， 揽配业务必填 */
  store_code?: string;
  /** 扩展字段，json格式 */
  feature?: string;
  /** 卖家备注 */
  seller_message?: string;
}

/** `HiErpReceiverDTO` of `alibaba.tianmao.lanpei.uop.create`. */
export interface AlibabaTianmaoLanpeiUopCreateHiErpReceiverDTOInput {
  /** 收件人姓名 */
  receiver_name: string;
  /** 手机号码 */
  cell_phone?: string;
  /** 电话号码 */
  tele_phone?: string;
  /** 国家 */
  country: string;
  /** 省 */
  province: string;
  /** 市，市和区二选一必填 */
  city?: string;
  /** 区，市和区二选一必填 */
  area?: string;
  /** 街道 */
  town?: string;
  /** 详细地址 */
  detail_address: string;
  /** 扩展字段，json格式 */
  feature: string;
}

/** `HiErpItemDTO` of `alibaba.tianmao.lanpei.uop.create`. */
export interface AlibabaTianmaoLanpeiUopCreateHiErpItemDTOInput {
  /** 外部订单明细唯一标识 */
  out_order_item_id?: string;
  /** 子交易单号 */
  sub_trade_id?: string;
  /** 后端货品ID， 货品id和货品编码二选一必填，优先取货品ID */
  sc_item_id?: Int64Input;
  /** 后端货品编码， 货品id和货品编码二选一必填，优先取货品ID */
  sc_item_code?: string;
  /** 货品金额 */
  item_amount: Int64Input;
  /** 货品数量 */
  item_qty: Int64Input;
  /** 扩展字段，json格式 */
  feature: string;
}

/** `BaseResult` of `alibaba.tianmao.lanpei.uop.create`. */
export interface AlibabaTianmaoLanpeiUopCreateBaseResult {
  /** false: 失败 true: 成功 */
  success?: boolean;
  /** 数据 */
  result?: AlibabaTianmaoLanpeiUopCreateHiErpOrderResp;
  /** 通常用于success为false时的页面错误类型判定 */
  error_code?: string;
  /** 通常用于success为false时的页面错误信息提示 */
  error_msg?: string;
  /** 通常用于success为true时的页面提示 */
  msg?: string;
}

/** `HiErpOrderResp` of `alibaba.tianmao.lanpei.uop.create`. */
export interface AlibabaTianmaoLanpeiUopCreateHiErpOrderResp {
  /** 外部订单号 */
  out_order_code?: string;
  /** SCP单号，履约单号 */
  scp_order_code?: string;
  /** 扩展字段，json格式 */
  feature?: string;
}

const REQUEST_SCHEMA = {
  hi_erp_order_event: {
    hi_erp_order_dto: {
      out_order_code: 'String',
      channel: 'String',
      owner_id: 'Number',
      seller_nick: 'String',
      out_seller_nick: 'String',
      trade_id: 'String',
      order_type: 'String',
      order_time: 'String',
      pay_time: 'String',
      cipher_text: 'Boolean',
      buyer_memo: 'String',
      store_code: 'String',
      feature: 'String',
      seller_message: 'String',
    },
    hi_erp_receiver_dto: {
      receiver_name: 'String',
      cell_phone: 'String',
      tele_phone: 'String',
      country: 'String',
      province: 'String',
      city: 'String',
      area: 'String',
      town: 'String',
      detail_address: 'String',
      feature: 'String',
    },
    hi_erp_item_dto_list: [
      {
        out_order_item_id: 'String',
        sub_trade_id: 'String',
        sc_item_id: 'Number',
        sc_item_code: 'String',
        item_amount: 'Number',
        item_qty: 'Number',
        feature: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    result: {
      out_order_code: 'String',
      scp_order_code: 'String',
      feature: 'String',
    },
    error_code: 'String',
    error_msg: 'String',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tianmao.lanpei.uop.create`: method, response root, request and response schemas. */
export const alibabaTianmaoLanpeiUopCreateOperation = {
  method: 'alibaba.tianmao.lanpei.uop.create',
  responseRoot: 'alibaba_tianmao_lanpei_uop_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里巴巴.天猫家装.揽配.履约订单.创建 — calls TOP method `alibaba.tianmao.lanpei.uop.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTianmaoLanpeiUopCreate(
  client: TopClient,
  request: AlibabaTianmaoLanpeiUopCreateRequest,
  options?: CallOptions,
): Promise<AlibabaTianmaoLanpeiUopCreateResponse> {
  return client.call<AlibabaTianmaoLanpeiUopCreateResponse>(
    {
      method: 'alibaba.tianmao.lanpei.uop.create',
      responseRoot: 'alibaba_tianmao_lanpei_uop_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
