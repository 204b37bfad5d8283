// Generated from specs/ascpchannel/alibaba.ascp.uop.taobao.presalesorder.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.uop.taobao.presalesorder.create` (预售商家仓接单). */
export interface AlibabaAscpUopTaobaoPresalesorderCreateRequest {
  /** 预售商家仓接单对象 */
  presales_order_create_request?: AlibabaAscpUopTaobaoPresalesorderCreatePresalesordercreaterequestTestInput;
}

/** Response of `alibaba.ascp.uop.taobao.presalesorder.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpUopTaobaoPresalesorderCreateResponse {
  /** 返回值包装,result为返回具体消息内容 */
  presales_order_create_response?: AlibabaAscpUopTaobaoPresalesorderCreateResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PresalesordercreaterequestTest` of `alibaba.ascp.uop.taobao.presalesorder.create`. */
export interface AlibabaAscpUopTaobaoPresalesorderCreatePresalesordercreaterequestTestInput {
  /** 预售单 */
  presales_order?: AlibabaAscpUopTaobaoPresalesorderCreatePresalesorderTestInput;
}

/** `PresalesorderTest` of `alibaba.ascp.uop.taobao.presalesorder.create`. */
export interface AlibabaAscpUopTaobaoPresalesorderCreatePresalesorderTestInput {
  /** 出库单号 */
  presales_order_code: string;
  /** 前台订单(店铺订单)创建时间(下单时间) */
  place_order_time: string;
  /** 订单总金额=应收金额+已收金额=商品总金额-订单折扣金额+快递费用 */
  total_amount?: string;
  /** 仓库 */
  store_code?: string;
  /** 备注 */
  remark?: string;
  /** 发件人信息 */
  sender_info?: AlibabaAscpUopTaobaoPresalesorderCreateSenderinfoInput;
  /** 收件人信息 */
  receiver_info?: AlibabaAscpUopTaobaoPresalesorderCreateReceiverinfoInput;
  /** 订单信息 */
  order_lines?: AlibabaAscpUopTaobaoPresalesorderCreateOrderlinesInput[];
}

/** `Senderinfo` of `alibaba.ascp.uop.taobao.presalesorder.create`. */
export interface AlibabaAscpUopTaobaoPresalesorderCreateSenderinfoInput {
  /** 姓名 */
  name: string;
  /** 邮编 */
  zip_code?: string;
  /** 固定电话 */
  tel?: string;
  /** 移动电话 */
  mobile: string;
  /** 省份 */
  province: string;
  /** 城市 */
  city: string;
  /** 区域 */
  area?: string;
  /** 村镇 */
  town?: string;
  /** 详细地址 */
  detail_address: string;
}

/** `Receiverinfo` of `alibaba.ascp.uop.taobao.presalesorder.create`. */
export interface AlibabaAscpUopTaobaoPresalesorderCreateReceiverinfoInput {
  /** 姓名 */
  name: string;
  /** 邮编 */
  zip_code?: string;
  /** 固定电话 */
  tel?: string;
  /** 移动电话 */
  mobile: string;
  /** 省份 */
  province: string;
  /** 城市 */
  city: string;
  /** 区域 */
  area?: string;
  /** 村镇 */
  town?: string;
  /** 详细地址 */
  detail_address: string;
  /** 收件人地址ID */
  oaid?: string;
}

/** `Orderlines` of `alibaba.ascp.uop.taobao.presalesorder.create`. */
export interface AlibabaAscpUopTaobaoPresalesorderCreateOrderlinesInput {
  /** 店铺编码 */
  shop_code?: string;
  /** 实际成交价 */
  actual_price?: string;
  /** 零售价=实际成交价+单件商品折扣金额 */
  retail_price?: string;
  /** 应发商品数量 */
  plan_qty?: Int64Input;
  /** 商品名称 */
  item_name?: string;
  /** 商品编码 */
  item_code?: string;
  /** 商品ID,前端宝贝ID */
  item_id?: string;
  /** 交易平台子订单编码 */
  sub_source_order_code?: string;
  /** 交易平台订单 */
  source_order_code?: string;
  /** 单据行 */
  order_line_no?: string;
}

/** `ResultWrapper` of `alibaba.ascp.uop.taobao.presalesorder.create`. */
export interface AlibabaAscpUopTaobaoPresalesorderCreateResultWrapper {
  /** 返回是否成功 */
  success?: boolean;
  /** 系统自动生成 */
  error_code?: string;
  /** 系统自动生成 */
  error_message?: string;
  /** 菜鸟订单编码 */
  data?: AlibabaAscpUopTaobaoPresalesorderCreateData;
}

/** `Data` of `alibaba.ascp.uop.taobao.presalesorder.create`. */
export interface AlibabaAscpUopTaobaoPresalesorderCreateData {
  /** 物流信息 */
  logistics_accept_info_res_list?: AlibabaAscpUopTaobaoPresalesorderCreateLogisticsacceptinforeslist[];
}

/** `Logisticsacceptinforeslist` of `alibaba.ascp.uop.taobao.presalesorder.create`. */
export interface AlibabaAscpUopTaobaoPresalesorderCreateLogisticsacceptinforeslist {
  /** 菜鸟订单编码 */
  presales_order_id?: string;
}

const REQUEST_SCHEMA = {
  presales_order_create_request: {
    presales_order: {
      presales_order_code: 'String',
      place_order_time: 'String',
      total_amount: 'String',
      store_code: 'String',
      remark: 'String',
      sender_info: {
        name: 'String',
        zip_code: 'String',
        tel: 'String',
        mobile: 'String',
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
        detail_address: 'String',
      },
      receiver_info: {
        name: 'String',
        zip_code: 'String',
        tel: 'String',
        mobile: 'String',
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
        detail_address: 'String',
        oaid: 'String',
      },
      order_lines: [
        {
          shop_code: 'String',
          actual_price: 'String',
          retail_price: 'String',
          plan_qty: 'Number',
          item_name: 'String',
          item_code: 'String',
          item_id: 'String',
          sub_source_order_code: 'String',
          source_order_code: 'String',
          order_line_no: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  presales_order_create_response: {
    success: 'Boolean',
    error_code: 'String',
    error_message: 'String',
    data: {
      logistics_accept_info_res_list: [
        {
          presales_order_id: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.uop.taobao.presalesorder.create`: method, response root, request and response schemas. */
export const alibabaAscpUopTaobaoPresalesorderCreateOperation = {
  method: 'alibaba.ascp.uop.taobao.presalesorder.create',
  responseRoot: 'alibaba_ascp_uop_taobao_presalesorder_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 预售商家仓接单 — calls TOP method `alibaba.ascp.uop.taobao.presalesorder.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpUopTaobaoPresalesorderCreate(
  client: TopClient,
  request: AlibabaAscpUopTaobaoPresalesorderCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpUopTaobaoPresalesorderCreateResponse> {
  return client.call<AlibabaAscpUopTaobaoPresalesorderCreateResponse>(
    {
      method: 'alibaba.ascp.uop.taobao.presalesorder.create',
      responseRoot: 'alibaba_ascp_uop_taobao_presalesorder_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
