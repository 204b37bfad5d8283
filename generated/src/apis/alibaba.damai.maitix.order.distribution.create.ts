// Generated from specs/maitix/alibaba.damai.maitix.order.distribution.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.damai.maitix.order.distribution.create` (大麦-新分销下单). */
export interface AlibabaDamaiMaitixOrderDistributionCreateRequest {
  /** 下单参数param */
  param: AlibabaDamaiMaitixOrderDistributionCreateMoaOrderParamInput;
}

/** Response of `alibaba.damai.maitix.order.distribution.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDamaiMaitixOrderDistributionCreateResponse {
  /** 返回结果 */
  result?: AlibabaDamaiMaitixOrderDistributionCreateMxResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MoaOrderParam` of `alibaba.damai.maitix.order.distribution.create`. */
export interface AlibabaDamaiMaitixOrderDistributionCreateMoaOrderParamInput {
  /** 项目ID-必填 */
  project_id: Int64Input;
  /** 场次ID-必填 */
  perform_id: Int64Input;
  /** 外部订单号，即分销方订单号，最长不超过32位-必填 */
  third_order_no: string;
  /** 订单总价-必填 */
  total_price: Int64Input;
  /** 必填-支付金额 */
  payment?: Int64Input;
  /** 必填-出票方式 1=纸质票 2=身份证电子票 3=二维码电子票 4=短信电子票 */
  ticket_mode: Int64Input;
  /** 必填-购票类型 1=自助选座 2=系统购买 非选座类，全部为2 */
  buy_type?: Int64Input;
  /** 配送地址,有条件必填,如果是快递票则必填 */
  deliver_address?: string;
  /** 必填-取票方式： 1，无纸化；2，快递票；3，自助换票；4，门店自取。1和3为电子票，2和4为纸质票。 */
  delivery_type?: Int64Input;
  /** 必填-操作人登录账号，可以在大麦分销后台查询 */
  operator_login_id?: string;
  /** 必填，随便填一个就行,支付方式 1：现金，2：支付宝，3：微信，5：银行卡 */
  pay_type?: Int64Input;
  /** 必填-购票人姓名 */
  real_ticket_buyer_name?: string;
  /** 购票人证件号,如果是一单一证的项目必填 */
  real_ticket_buyer_id_card_no?: string;
  /** 购票人证件类型，1：身份证，2：护照；3：港澳通行证，4：台胞证，5：士兵/军官-如果是一单一证的项目必填 */
  real_ticket_buyer_id_card_type?: Int64Input;
  /** 必填-购票人电话 */
  real_ticket_buyer_phone?: string;
  /** 必填-购票人电话国家代码 */
  real_ticket_buyer_phone_country_code?: string;
  /** 必填-是否系统自动选座，无座项目都是true.有座项目通过h5选座就填false.否则true */
  auto_select_seats?: boolean;
  /** 座位参数，必填，一张票就要有一个这个对象,如果一个套票由两张票组成。这个也就是2个对象,票品id是套票的id. */
  seat_props: AlibabaDamaiMaitixOrderDistributionCreateMoaTicketInfoInput[];
  /** 下单票品信息 */
  ticket_items: AlibabaDamaiMaitixOrderDistributionCreateMoaTicketItemSpecInput[];
  /** 联系人-必填 */
  contact_info?: AlibabaDamaiMaitixOrderDistributionCreateMoaOrderContactInfoInput;
  /** 备注-可选 */
  memo?: string;
  /** 超时取消时间,单位分种 */
  timeout_minutes?: Int64Input;
  /** 运费-如果是快递票，必填 */
  fare_price?: Int64Input;
  /** 区域地址-如果是快递票必填 */
  address_info?: AlibabaDamaiMaitixOrderDistributionCreateMoaAddressInfoInput;
}

/** `MoaTicketInfo` of `alibaba.damai.maitix.order.distribution.create`. */
export interface AlibabaDamaiMaitixOrderDistributionCreateMoaTicketInfoInput {
  /** 套票组ID，表示某几个座位是一套.机选可不填。h5选座的话就传third_combine_joint_ticket_id的值 */
  combine_id?: Int64Input;
  /** 外部子订单号，分销方子订单号，可不填 */
  external_sub_order_no?: string;
  /** 票的实际持有人证件号，一票一证必填 */
  real_ticket_owner_id_card_no?: string;
  /** 证件类型 1身份证 2护照 3港澳通行证 4台胞证 5士兵/军官，一票一证必填 */
  real_ticket_owner_id_card_type?: Int64Input;
  /** 票的实际持有人姓名，一票一证必填 */
  real_ticket_owner_name?: string;
  /** 票的实际持有人电话，一票一证必填 */
  real_ticket_owner_phone?: string;
  /** 票的实际持有人电话国家代码，一票一证必填 */
  real_ticket_owner_phone_country_code?: string;
  /** 座位ID，有座选座项目必填。 */
  seat_id?: Int64Input;
  /** 票品ID,如果是套票就是套票的票品id.有的地方也叫price_id。必填 */
  ticket_item_id: Int64Input;
}

/** `MoaTicketItemSpec` of `alibaba.damai.maitix.order.distribution.create`. */
export interface AlibabaDamaiMaitixOrderDistributionCreateMoaTicketItemSpecInput {
  /** 是否套票 1=套票 0=普通票-必填 */
  is_package?: Int64Input;
  /** 票价，单位分，必填 */
  price?: Int64Input;
  /** 数量， 如果是套票,则是套票的套数(不等于实际票单数量)-必填 */
  quantity?: Int64Input;
  /** 票品ID,如果是套票就是套票的票品id-必填 */
  ticket_item_id?: Int64Input;
}

/** `MoaOrderContactInfo` of `alibaba.damai.maitix.order.distribution.create`. */
export interface AlibabaDamaiMaitixOrderDistributionCreateMoaOrderContactInfoInput {
  /** 联系人姓名-必填 */
  contact_name?: string;
  /** 联系人国家码-必填 */
  country_code?: string;
  /** 联系人email */
  email?: string;
  /** 联系人手机号-必填 */
  phone?: string;
}

/** `MoaAddressInfo` of `alibaba.damai.maitix.order.distribution.create`. */
export interface AlibabaDamaiMaitixOrderDistributionCreateMoaAddressInfoInput {
  /** 国家ID，目前只支持中国，传1-如果是快递票必填 */
  country_id?: Int64Input;
  /** 省ID，国标-如果是快递票必填 */
  province_id?: Int64Input;
  /** 市ID，国标，快递票该字段必须填 */
  city_id?: Int64Input;
  /** 区域ID，国标-如果是快递票必填 */
  area_id?: Int64Input;
}

/** `MxResult` of `alibaba.damai.maitix.order.distribution.create`. */
export interface AlibabaDamaiMaitixOrderDistributionCreateMxResult {
  /** 状态码 */
  code?: Int64;
  /** 状态信息 */
  message?: string;
  /** 返回结果对象 */
  model?: AlibabaDamaiMaitixOrderDistributionCreateLockTicketResponse;
  /** 下单是否成功。成功为true。否则为false */
  success?: boolean;
}

/** `LockTicketResponse` of `alibaba.damai.maitix.order.distribution.create`. */
export interface AlibabaDamaiMaitixOrderDistributionCreateLockTicketResponse {
  /** 总价 */
  total_amount?: Int64;
  /** 快递费 */
  express_fee?: Int64;
  /** 大麦订单号 */
  order_id?: string;
  /** 子订单列表 */
  sub_order_dtos?: AlibabaDamaiMaitixOrderDistributionCreateLockTicketSubOrderDto[];
}

/** `LockTicketSubOrderDto` of `alibaba.damai.maitix.order.distribution.create`. */
export interface AlibabaDamaiMaitixOrderDistributionCreateLockTicketSubOrderDto {
  /** 外部子订单号，透传返回 */
  external_sub_order_no?: string;
  /** 商品原价，单位分 */
  origin_price?: Int64;
  /** 商品实际价，单位分 */
  real_price?: Int64;
  /** 大麦子订单号 */
  sub_order_id?: Int64;
  /** 子订单座位信息 */
  sub_order_seat_dto?: AlibabaDamaiMaitixOrderDistributionCreateLockTicketSubOrderSeatDto;
  /** 票单ID */
  voucher_id?: Int64;
}

/** `LockTicketSubOrderSeatDto` of `alibaba.damai.maitix.order.distribution.create`. */
export interface AlibabaDamaiMaitixOrderDistributionCreateLockTicketSubOrderSeatDto {
  /** 项目ID */
  project_id?: Int64;
  /** 项目名称 */
  project_name?: string;
  /** 场次ID */
  perform_id?: Int64;
  /** 场次名称 */
  perform_name?: string;
  /** 票品ID */
  price_id?: Int64;
  /** 票品名称 */
  price_name?: string;
  /** 入场口 */
  entry?: string;
  /** 看台ID */
  stand_id?: Int64;
  /** 看台名称 */
  stand_name?: string;
  /** 楼层ID */
  seat_floor_id?: Int64;
  /** 楼层名称 */
  seat_floor_name?: string;
  /** 区域ID */
  seat_area_id?: Int64;
  /** 区域名称 */
  seat_area_name?: string;
  /** 座位分组，0:无座 1:有座 */
  seat_group?: Int64;
  /** 套票ID */
  combine_id?: string;
  /** 座位ID */
  seat_id?: Int64;
  /** 座位名称 */
  seat_name?: string;
  /** 座位排ID */
  seat_row_id?: Int64;
  /** 座位排名称 */
  seat_row_name?: string;
  /** 座位类型 */
  seat_type?: number;
}

const REQUEST_SCHEMA = {
  param: {
    project_id: 'Number',
    perform_id: 'Number',
    third_order_no: 'String',
    total_price: 'Number',
    payment: 'Number',
    ticket_mode: 'Number',
    buy_type: 'Number',
    deliver_address: 'String',
    delivery_type: 'Number',
    operator_login_id: 'String',
    pay_type: 'Number',
    real_ticket_buyer_name: 'String',
    real_ticket_buyer_id_card_no: 'String',
    real_ticket_buyer_id_card_type: 'Number',
    real_ticket_buyer_phone: 'String',
    real_ticket_buyer_phone_country_code: 'String',
    auto_select_seats: 'Boolean',
    seat_props: [
      {
        combine_id: 'Number',
        external_sub_order_no: 'String',
        real_ticket_owner_id_card_no: 'String',
        real_ticket_owner_id_card_type: 'Number',
        real_ticket_owner_name: 'String',
        real_ticket_owner_phone: 'String',
        real_ticket_owner_phone_country_code: 'String',
        seat_id: 'Number',
        ticket_item_id: 'Number',
      },
    ],
    ticket_items: [
      {
        is_package: 'Number',
        price: 'Number',
        quantity: 'Number',
        ticket_item_id: 'Number',
      },
    ],
    contact_info: {
      contact_name: 'String',
      country_code: 'String',
      email: 'String',
      phone: 'String',
    },
    memo: 'String',
    timeout_minutes: 'Number',
    fare_price: 'Number',
    address_info: {
      country_id: 'Number',
      province_id: 'Number',
      city_id: 'Number',
      area_id: 'Number',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    message: 'String',
    model: {
      total_amount: 'Number',
      express_fee: 'Number',
      order_id: 'String',
      sub_order_dtos: [
        {
          external_sub_order_no: 'String',
          origin_price: 'Number',
          real_price: 'Number',
          sub_order_id: 'Number',
          sub_order_seat_dto: {
            project_id: 'Number',
            project_name: 'String',
            perform_id: 'Number',
            perform_name: 'String',
            price_id: 'Number',
            price_name: 'String',
            entry: 'String',
            stand_id: 'Number',
            stand_name: 'String',
            seat_floor_id: 'Number',
            seat_floor_name: 'String',
            seat_area_id: 'Number',
            seat_area_name: 'String',
            seat_group: 'Number',
            combine_id: 'String',
            seat_id: 'Number',
            seat_name: 'String',
            seat_row_id: 'Number',
            seat_row_name: 'String',
            seat_type: 'byte',
          },
          voucher_id: 'Number',
        },
      ],
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.damai.maitix.order.distribution.create`: method, response root, request and response schemas. */
export const alibabaDamaiMaitixOrderDistributionCreateOperation = {
  method: 'alibaba.damai.maitix.order.distribution.create',
  responseRoot: 'alibaba_damai_maitix_order_distribution_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大麦-新分销下单 — calls TOP method `alibaba.damai.maitix.order.distribution.create`.
 *
 * createDistributionOrder
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDamaiMaitixOrderDistributionCreate(
  client: TopClient,
  request: AlibabaDamaiMaitixOrderDistributionCreateRequest,
  options?: CallOptions,
): Promise<AlibabaDamaiMaitixOrderDistributionCreateResponse> {
  return client.call<AlibabaDamaiMaitixOrderDistributionCreateResponse>(
    {
      method: 'alibaba.damai.maitix.order.distribution.create',
      responseRoot: 'alibaba_damai_maitix_order_distribution_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
