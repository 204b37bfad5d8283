// Generated from specs/tblogistics/taobao.logistics.orders.detail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.logistics.orders.detail.get` (批量查询物流订单,返回详细信息). */
export interface TaobaoLogisticsOrdersDetailGetRequest {
  /** 需返回的字段列表.可选值:Shipping 物流数据结构中所有字段.fileds中可以指定返回以上任意一个或者多个字段,以","分隔. */
  fields: string;
  /** 交易ID.如果加入tid参数的话,不用传其他的参数,但是仅会返回一条物流订单信息. */
  tid?: Int64Input;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 物流状态.可查看数据结构 Shipping 中的status字段. */
  status?: string;
  /** 卖家是否发货.可选值:yes(是),no(否).如:yes. */
  seller_confirm?: string;
  /** 收货人姓名 */
  receiver_name?: string;
  /** 创建时间开始.格式:yyyy-MM-dd HH:mm:ss */
  start_created?: DateInput;
  /** 创建时间结束.格式:yyyy-MM-dd HH:mm:ss */
  end_created?: DateInput;
  /** 谁承担运费.可选值:buyer(买家),seller(卖家).如:buyer */
  freight_payer?: string;
  /** 物流方式.可选值:post(平邮),express(快递),ems(EMS).如:post */
  type?: string;
  /** 页码.该字段没传 或 值<1 ,则默认page_no为1 */
  page_no?: Int64Input;
  /** 每页条数.该字段没传 或 值<1 ，则默认page_size为40 */
  page_size?: Int64Input;
  /** 系统自动生成 */
  ouid?: string;
}

/** Response of `taobao.logistics.orders.detail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoLogisticsOrdersDetailGetResponse {
  /** 搜索到的物流订单列表总数 */
  total_results?: Int64;
  /** 获取的物流订单详情列表.返回的Shipping包含的具体信息为入参fields请求的字段信息. */
  shippings?: TaobaoLogisticsOrdersDetailGetSingleResultDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SingleResultDto` of `taobao.logistics.orders.detail.get`. */
export interface TaobaoLogisticsOrdersDetailGetSingleResultDto {
  /** 交易ID */
  tid?: Int64;
  /** 物流订单编号 */
  order_code?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 预约取货开始时间 */
  delivery_start?: string;
  /** 预约取货结束时间 */
  delivery_end?: string;
  /** 运单号.具体一个物流公司的运单号码. */
  out_sid?: string;
  /** 货物名称 */
  item_title?: string;
  /** 收件人姓名 */
  receiver_name?: string;
  /** 收件人电话 */
  receiver_phone?: string;
  /** 收件人手机号码 */
  receiver_mobile?: string;
  /** 收件人地址信息(在传输请求参数Fields字段时，必须使用“receiver_location”才能返回此字段) */
  location?: TaobaoLogisticsOrdersDetailGetLocation;
  /** 运单创建时间 */
  created?: string;
  /** 运单修改时间 */
  modified?: string;
  /** 物流订单状态,可选值:CREATED(订单已创建) RECREATED(订单重新创建) CANCELLED(订单已取消) CLOSED(订单关闭) SENDING(等候发送给物流公司) ACCEPTING(已发送给物流公司,等待接单) ACCEPTED(物流公司已接单) REJECTED(物流公司不接单) PICK_UP(物流公司揽收成功) PICK_UP_FAILED(物流公司揽收失败) LOST(物流公司丢单) REJECTED_BY_RECEIVER(对方拒签) ACCEPTED_BY_RECEIVER(发货方式在线下单：对方已签收；自己联系：卖家已发货) */
  status?: string;
  /** 物流方式.可选值:free(卖家包邮),post(平邮),express(快递),ems(EMS). */
  type?: string;
  /** 谁承担运费.可选值:buyer(买家承担),seller(卖家承担运费). */
  freight_payer?: string;
  /** 物流公司名称 */
  company_name?: string;
  /** 卖家是否确认发货.可选值:yes(是),no(否). */
  seller_confirm?: string;
  /** 标示为是否快捷COD订单 */
  is_quick_cod_order?: boolean;
  /** 表明是否是拆单，默认值0，1表示拆单 */
  is_split?: Int64;
  /** 拆单子订单列表，对应的数据是：该物流订单下的全部子订单 */
  sub_tids?: Int64[];
  /** ouid */
  ouid?: string;
  /** 包裹信息,包含运单号及快递公司 */
  mails?: TaobaoLogisticsOrdersDetailGetLogisticsMail[];
  /** 脱敏收件人电话 */
  receiver_phone_new?: string;
  /** 脱敏收件人手机号码 */
  receiver_mobile_new?: string;
  /** 买家的openuid */
  openuid?: string;
}

/** `Location` of `taobao.logistics.orders.detail.get`. */
export interface TaobaoLogisticsOrdersDetailGetLocation {
  /** 邮政编码 */
  zip?: string;
  /** 详细地址，最大256个字节（128个中文） */
  address?: string;
  /** 所在城市（中文名称） */
  city?: string;
  /** 所在省份（中文名称） */
  state?: string;
  /** 国家名称 */
  country?: string;
  /** 区/县（只适用于物流API） */
  district?: string;
}

/** `LogisticsMail` of `taobao.logistics.orders.detail.get`. */
export interface TaobaoLogisticsOrdersDetailGetLogisticsMail {
  /** 运单号.具体一个物流公司的运单号码. */
  out_sid?: string;
  /** 物流公司名称 */
  company_name?: string;
}

const REQUEST_SCHEMA = {
  fields: 'String',
  tid: 'Number',
  buyer_nick: 'String',
  status: 'String',
  seller_confirm: 'String',
  receiver_name: 'String',
  start_created: 'Date',
  end_created: 'Date',
  freight_payer: 'String',
  type: 'String',
  page_no: 'Number',
  page_size: 'Number',
  ouid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  shippings: [
    {
      tid: 'Number',
      order_code: 'String',
      seller_nick: 'String',
      buyer_nick: 'String',
      delivery_start: 'Date',
      delivery_end: 'Date',
      out_sid: 'String',
      item_title: 'String',
      receiver_name: 'String',
      receiver_phone: 'String',
      receiver_mobile: 'String',
      location: {
        zip: 'String',
        address: 'String',
        city: 'String',
        state: 'String',
        country: 'String',
        district: 'String',
      },
      created: 'Date',
      modified: 'Date',
      status: 'String',
      type: 'String',
      freight_payer: 'String',
      company_name: 'String',
      seller_confirm: 'String',
      is_quick_cod_order: 'Boolean',
      is_split: 'Number',
      sub_tids: ['Number'],
      ouid: 'String',
      mails: [
        {
          out_sid: 'String',
          company_name: 'String',
        },
      ],
      receiver_phone_new: 'String',
      receiver_mobile_new: 'String',
      openuid: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.logistics.orders.detail.get`: method, response root, request and response schemas. */
export const taobaoLogisticsOrdersDetailGetOperation = {
  method: 'taobao.logistics.orders.detail.get',
  responseRoot: 'logistics_orders_detail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量查询物流订单,返回详细信息 — calls TOP method `taobao.logistics.orders.detail.get`.
 *
 * 查询物流订单的详细信息，涉及用户隐私字段。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoLogisticsOrdersDetailGet(
  client: TopClient,
  request: TaobaoLogisticsOrdersDetailGetRequest,
  options?: CallOptions,
): Promise<TaobaoLogisticsOrdersDetailGetResponse> {
  return client.call<TaobaoLogisticsOrdersDetailGetResponse>(
    {
      method: 'taobao.logistics.orders.detail.get',
      responseRoot: 'logistics_orders_detail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
