// Generated from specs/waybill/cainiao.waybill.ii.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.waybill.ii.get` (电子面单云打印接口). */
export interface CainiaoWaybillIiGetRequest {
  /** 入参信息 */
  param_waybill_cloud_print_apply_new_request: CainiaoWaybillIiGetWaybillCloudPrintApplyNewRequestInput;
}

/** Response of `cainiao.waybill.ii.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoWaybillIiGetResponse {
  /** 系统自动生成 */
  modules?: CainiaoWaybillIiGetWaybillCloudPrintResponse[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WaybillCloudPrintApplyNewRequest` of `cainiao.waybill.ii.get`. */
export interface CainiaoWaybillIiGetWaybillCloudPrintApplyNewRequestInput {
  /** 物流公司Code，长度小于20 */
  cp_code: string;
  /** 目前仅顺丰支持此字段，传入快递产品编码 */
  product_code?: string;
  /** 发货人信息 */
  sender: CainiaoWaybillIiGetUserInfoDtoInput;
  /** 请求面单信息，数量限制为10 */
  trade_order_info_dtos: CainiaoWaybillIiGetTradeOrderInfoDtoInput[];
  /** 仓code， 仓库WMS系统对接落地配业务，其它场景请不要使用 */
  store_code?: string;
  /** 配送资源code， 仓库WMS系统对接落地配业务，其它场景请不要使用 */
  resource_code?: string;
  /** 是否使用智分宝预分拣， 仓库WMS系统对接落地配业务，其它场景请不要使用 */
  dms_sorting?: boolean;
  /** 订单上是否带3PLtiming属性, 该属性需要严格与订单上属性保持一致，如果不确定，请使用默认false。 */
  three_pl_timing?: boolean;
  /** 设定取号返回的云打印报文是否加密 */
  need_encrypt?: boolean;
  /** 快递公司支持一票多件，快运公司子母件请勿使用该参数 */
  multi_packages_shipment?: boolean;
  /** 品牌编码 */
  brand_code?: string;
  /** 扩展参数 */
  extra_info?: string;
  /** 月结卡号 */
  customer_code?: string;
  /** 是否预约上门 */
  call_door_pick_up?: boolean;
  /** 预约上门收件时间 */
  door_pick_up_time?: string;
  /** 预约上门截止时间 */
  door_pick_up_end_time?: string;
  /** 寄件网点编码 */
  shipping_branch_code?: string;
}

/** `UserInfoDto` of `cainiao.waybill.ii.get`. */
export interface CainiaoWaybillIiGetUserInfoDtoInput {
  /** 发货地址需要通过search接口 */
  address: CainiaoWaybillIiGetAddressDtoInput;
  /** 手机号码（手机号和固定电话不能同时为空），长度小于20 */
  mobile?: string;
  /** 姓名，长度小于40 */
  name: string;
  /** 固定电话（手机号和固定电话不能同时为空），长度小于20 */
  phone?: string;
}

/** `AddressDto` of `cainiao.waybill.ii.get`. */
export interface CainiaoWaybillIiGetAddressDtoInput {
  /** 城市，长度小于20 */
  city?: string;
  /** 详细地址，长度小于256 */
  detail: string;
  /** 区，长度小于20 */
  district?: string;
  /** 省，长度小于20 */
  province: string;
  /** 街道，长度小于30 */
  town?: string;
}

/** `TradeOrderInfoDto` of `cainiao.waybill.ii.get`. */
export interface CainiaoWaybillIiGetTradeOrderInfoDtoInput {
  /** 物流服务值（详见https://support-cnkuaidi.taobao.com/doc.htm#?docId=106156&docType=1，如无特殊服务请置空） */
  logistics_services?: string;
  /** 请求ID */
  object_id: string;
  /** 订单信息 */
  order_info: CainiaoWaybillIiGetOrderInfoDtoInput;
  /** 包裹信息 */
  package_info: CainiaoWaybillIiGetPackageInfoDtoInput;
  /** 收件人信息 */
  recipient: CainiaoWaybillIiGetRecipientInfoDtoInput;
  /** 云打印标准模板URL（组装云打印结果使用，值格式http://cloudprint.cainiao.com/template/standard/$\{模板ID}） */
  template_url: string;
  /** 使用者ID（使用电子面单账号的实际商家ID，如存在一个电子面单账号多个店铺使用时，请传入店铺的商家ID） */
  user_id: Int64Input;
  /** 带面单号模式取号，目前仅顺丰支持 */
  waybill_code?: string;
}

/** `OrderInfoDto` of `cainiao.waybill.ii.get`. */
export interface CainiaoWaybillIiGetOrderInfoDtoInput {
  /** 订单渠道平台编码 */
  order_channels_type: string;
  /** 订单号,数量限制100，订单号（只限传入数字、字母、下划线和中划线，为避免出现冲突，请按电商平台真实订单号传入，请避免使用同个订单号重复取号） */
  trade_order_list: string[];
  /** 外部电商平台交易单号集合，非必填，数量限制100 */
  out_trade_order_list?: string[];
  /** 外部电商平台交易子单号集合，非必填，数量限制100 */
  out_trade_sub_order_list?: string[];
}

/** `PackageInfoDto` of `cainiao.waybill.ii.get`. */
export interface CainiaoWaybillIiGetPackageInfoDtoInput {
  /** 包裹id，用于拆合单场景（只能传入数字、字母和下划线；批量请求时值不得重复，大小写敏感，即123A,123a 不可当做不同ID，否则存在一定可能取号失败） */
  id?: string;
  /** 商品信息,数量限制为100 */
  items: CainiaoWaybillIiGetItemInput[];
  /** 体积, 单位 ml */
  volume?: Int64Input;
  /** 重量,单位 g */
  weight?: Int64Input;
  /** 子母件模式中的总包裹数/总件数，用于打印当前包裹处于总件数的位置比如5-2，可以表示总包裹数为5，当前为第2个包裹，只有快运公司需要传入，其他的可以不用传入 */
  total_packages_count?: Int64Input;
  /** 大件快运中的包装方式描述 */
  packaging_description?: string;
  /** 大件快运中的货品描述，比如服装，家具。 顺丰取号必须传此参数 */
  goods_description?: string;
  /** 包裹长，单位厘米 */
  length?: Int64Input;
  /** 包裹宽，单位厘米 */
  width?: Int64Input;
  /** 包裹高，单位厘米 */
  height?: Int64Input;
  /** 物品价值，单位元 */
  good_value?: string;
}

/** `Item` of `cainiao.waybill.ii.get`. */
export interface CainiaoWaybillIiGetItemInput {
  /** 数量 */
  count: Int64Input;
  /** 名称 */
  name: string;
}

/** `RecipientInfoDto` of `cainiao.waybill.ii.get`. */
export interface CainiaoWaybillIiGetRecipientInfoDtoInput {
  /** 地址 */
  address: CainiaoWaybillIiGetAddressDtoInput;
  /** 手机号码 */
  mobile?: string;
  /** 姓名 */
  name: string;
  /** 固定电话 */
  phone?: string;
  /** 淘宝订单收件人ID (Open Addressee ID)，长度不超过128个字符，淘宝订单加密情况用于解密。 */
  oaid?: string;
  /** 电商平台真实交易订单号，针对电商平台订单隐私加密场景使用，非必填，如果填写则必须是电商平台真实的交易订单ID */
  tid?: string;
  /** 菜鸟解密地址ID，用于电商平台收件人信息加密的场景使用，非订单加密场景请勿使用。 */
  caid?: string;
}

/** `WaybillCloudPrintResponse` of `cainiao.waybill.ii.get`. */
export interface CainiaoWaybillIiGetWaybillCloudPrintResponse {
  /** 请求id */
  object_id?: string;
  /** 云打印内容（encryptedData表示加密结果，data表示非加密结果）;模板内容,具体解释见链接 */
  print_data?: string;
  /** 面单号, 子母件模式下为子面单号 */
  waybill_code?: string;
  /** 子母件中的母单号，当为子母件模式时，需要此单号为实际挂载物流详情的单号，需要使用此单号进行发货，查询物流详情，非子母件，此字段为空 */
  parent_waybill_code?: string;
  /** 拓展信息，特殊场景下使用 */
  extra_info?: string;
  /** cp_code，跟入参传入的cp_code保持一致 */
  cp_code?: string;
  /** 真实取号的cp_code，在淘特官方物流等虚拟cp的场景中real_cp_code和入参中的cp_code不一样，其他场景二者一样 */
  real_cp_code?: string;
}

const REQUEST_SCHEMA = {
  param_waybill_cloud_print_apply_new_request: {
    cp_code: 'String',
    product_code: 'String',
    sender: {
      address: {
        city: 'String',
        detail: 'String',
        district: 'String',
        province: 'String',
        town: 'String',
      },
      mobile: 'String',
      name: 'String',
      phone: 'String',
    },
    trade_order_info_dtos: [
      {
        logistics_services: 'String',
        object_id: 'String',
        order_info: {
          order_channels_type: 'String',
          trade_order_list: ['String'],
          out_trade_order_list: ['String'],
          out_trade_sub_order_list: ['String'],
        },
        package_info: {
          id: 'String',
          items: [
            {
              count: 'Number',
              name: 'String',
            },
          ],
          volume: 'Number',
          weight: 'Number',
          total_packages_count: 'Number',
          packaging_description: 'String',
          goods_description: 'String',
          length: 'Number',
          width: 'Number',
          height: 'Number',
          good_value: 'Price',
        },
        recipient: {
          address: {
            city: 'String',
            detail: 'String',
            district: 'String',
            province: 'String',
            town: 'String',
          },
          mobile: 'String',
          name: 'String',
          phone: 'String',
          oaid: 'String',
          tid: 'String',
          caid: 'String',
        },
        template_url: 'String',
        user_id: 'Number',
        waybill_code: 'String',
      },
    ],
    store_code: 'String',
    resource_code: 'String',
    dms_sorting: 'Boolean',
    three_pl_timing: 'Boolean',
    need_encrypt: 'Boolean',
    multi_packages_shipment: 'Boolean',
    brand_code: 'String',
    extra_info: 'String',
    customer_code: 'String',
    call_door_pick_up: 'Boolean',
    door_pick_up_time: 'String',
    door_pick_up_end_time: 'String',
    shipping_branch_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  modules: [
    {
      object_id: 'String',
      print_data: 'String',
      waybill_code: 'String',
      parent_waybill_code: 'String',
      extra_info: 'String',
      cp_code: 'String',
      real_cp_code: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `cainiao.waybill.ii.get`: method, response root, request and response schemas. */
export const cainiaoWaybillIiGetOperation = {
  method: 'cainiao.waybill.ii.get',
  responseRoot: 'cainiao_waybill_ii_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电子面单云打印接口 — calls TOP method `cainiao.waybill.ii.get`.
 *
 * 菜鸟电子面单的云打印申请电子面单号的方法
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoWaybillIiGet(
  client: TopClient,
  request: CainiaoWaybillIiGetRequest,
  options?: CallOptions,
): Promise<CainiaoWaybillIiGetResponse> {
  return client.call<CainiaoWaybillIiGetResponse>(
    {
      method: 'cainiao.waybill.ii.get',
      responseRoot: 'cainiao_waybill_ii_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
