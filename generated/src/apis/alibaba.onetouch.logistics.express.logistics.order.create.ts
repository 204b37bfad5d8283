// Generated from specs/icbulogistics/alibaba.onetouch.logistics.express.logistics.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.onetouch.logistics.express.logistics.order.create` (快递下单). */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateRequest {
  /** 请求参数对象 */
  paramn_query: AlibabaOnetouchLogisticsExpressLogisticsOrderCreatePlaceOrderDTOInput;
}

/** Response of `alibaba.onetouch.logistics.express.logistics.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateResponse {
  /** 接口返回model */
  result?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PlaceOrderDTO` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreatePlaceOrderDTOInput {
  /** 货品信息 */
  cargo_list: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateCargoListInput[];
  /** 起始地邮编 */
  origin_zip_code: string;
  /** 交货到仓快递信息（自寄必填） */
  deliver_warehouse_express?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateDeliverWarehouseExpressDtoInput;
  /** 包裹信息 */
  package_list: AlibabaOnetouchLogisticsExpressLogisticsOrderCreatePackageListInput[];
  /** 目的地国家 */
  destination_country_code: string;
  /** 仓库编码 */
  warehouse_code: string;
  /** 产品编码 */
  product_code: string;
  /** 发货人地址 */
  consignor_address: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateConsignorAddressInput;
  /** 申报信息 */
  express_customs: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateExpressCustomsDtoInput;
  /** 是否上门揽收 */
  need_pickup?: boolean;
  /** 目的地邮编 */
  destination_zip_code: string;
  /** 发货批次ID，阿里国际站订单发货此字段为必填 */
  supply_chain_biz_id: string;
  /** 收货人地址 */
  consignee_address: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateConsigneeAddressInput;
  /** 交易单号（例如阿里国际站的信保单ID），注意此字段不为空时，trade_platform字段必填（默认为ICBU） */
  trade_biz_id?: string;
  /** 备用字段（上门揽收地址），目前按发货人地址 */
  pickup_address?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateContactAddressInput;
  /** 备用字段（退货地址），目前按退货申请指定地址 */
  return_address?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateContactAddressInput;
  /** 跨境电商平台代码：ICBU（阿里巴巴国际站）、ALIEXPRESS（速卖通）、AMAZON（亚马逊）、TIKTOK、TEMU、SHEIN */
  trade_platform?: string;
}

/** `CargoList` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateCargoListInput {
  /** 单位 */
  unit: string;
  /** 海关编码 */
  hscode: string;
  /** 货物数量 */
  quantity: Int64Input;
  /** 申报单价 */
  declaration_value: string;
  /** 货物单价 */
  price?: string;
  /** 货物中文名 */
  name_cn: string;
  /** 币种 */
  currency: string;
  /** 货物英文名 */
  name_en: string;
  /** 商品特性列表对象 */
  product_type: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateProductTypeInput[];
  /** 用途 */
  purpose: string;
  /** 材质 */
  material: string;
}

/** `ProductType` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateProductTypeInput {
  /** 商品类型code */
  code: string;
  /** 商品特性列表对象 */
  children?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateChildrenInput[];
  /** 商品类型 */
  name: string;
}

/** `Children` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateChildrenInput {
  /** 商品类型code */
  code?: string;
  /** 商品特性列表对象 */
  children?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateLeafNodeInput[];
  /** 商品类型 */
  name?: string;
}

/** `LeafNode` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateLeafNodeInput {
  /** 商品类型code */
  code?: string;
  /** 商品类型 */
  name?: string;
}

/** `DeliverWarehouseExpressDto` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateDeliverWarehouseExpressDtoInput {
  /** 国内快递公司code（自寄必填） */
  logistics_company?: string;
  /** 运单号（自寄必填） */
  tracking_numbers?: string[];
  /** 包裹数量（自寄必填） */
  package_quantity?: string;
}

/** `PackageList` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreatePackageListInput {
  /** 数量 */
  quantity: string;
  /** 长，单位：cm */
  length: string;
  /** 宽，单位：cm */
  width: string;
  /** 重量，单位：kg */
  weight: string;
  /** 包装类型 */
  type: string;
  /** 高，单位：cm */
  height: string;
}

/** `ConsignorAddress` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateConsignorAddressInput {
  /** 国家、省、市、详细地址信息 */
  address: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateAddressInput;
  /** 联系方式(邮箱、电话号码、手机号码等) */
  contact: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateContactInput;
  /** 联系人姓名 */
  contact_person: string;
  /** 公司中文名 */
  company_name_cn: string;
}

/** `Address` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateAddressInput {
  /** 邮编 */
  zip: string;
  /** 国家 */
  country: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateCountryInput;
  /** 地址 */
  address: string;
  /** 乡、镇名称 */
  town?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateTownInput;
  /** 省份 */
  province: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateProvinceInput;
  /** 城市 */
  city: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateCityInput;
  /** 地区 */
  district?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateDistrictInput;
}

/** `Country` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateCountryInput {
  /** 地址代码 */
  code: string;
  /** 地址id */
  area_id?: Int64Input;
  /** 地址名字 */
  name: string;
}

/** `Town` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateTownInput {
  /** 地址代码 */
  code?: string;
  /** 地址id */
  area_id?: Int64Input;
  /** 地址名字 */
  name?: string;
}

/** `Province` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateProvinceInput {
  /** 地址代码 */
  code: string;
  /** 地址id */
  area_id?: Int64Input;
  /** 地址名字 */
  name: string;
}

/** `City` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateCityInput {
  /** 地址代码 */
  code: string;
  /** 地址id */
  area_id?: Int64Input;
  /** 地址名字 */
  name: string;
}

/** `District` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateDistrictInput {
  /** 地址代码 */
  code?: string;
  /** 地址名字 */
  name?: string;
}

/** `Contact` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateContactInput {
  /** 电话区号 */
  phone_code?: string;
  /** 手机号码 */
  mobile_no: string;
  /** 邮箱 */
  email: string;
}

/** `ExpressCustomsDto` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateExpressCustomsDtoInput {
  /** 申报金额 */
  declaration_amount: string;
  /** 是否正式报关 */
  need_customs_clearance: string;
  /** 报关币种，出口发货中心默认USD */
  declaration_currency: string;
  /** 增值税类型，枚举取值：VAT、IOSS、VOEC */
  vat_type?: string;
  /** 增值税税号 */
  vat_number?: string;
  /** 纳税人识别号 */
  taxpayer_id?: string;
  /** 欧盟EORI */
  eori_number?: string;
}

/** `ConsigneeAddress` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateConsigneeAddressInput {
  /** 国家、省、市、详细地址信息 */
  address: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateAddressInput2;
  /** 联系方式(邮箱、电话号码、手机号码等) */
  contact: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateContactInput2;
  /** 地址所有者邮箱(卖家维护收货地址, 值等于买家邮箱) */
  address_email?: string;
  /** 公司英文名 */
  company_name_en: string;
  /** 联系人姓名 */
  contact_person: string;
  /** 地址类型 */
  type?: string;
  /** 公司中文名 */
  company_name_cn?: string;
}

/** `Address` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateAddressInput2 {
  /** 邮编 */
  zip: string;
  /** 国家 */
  country: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateCountryInput2;
  /** 地址 */
  address: string;
  /** 省份 */
  province: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateProvinceInput2;
  /** 乡、镇名称 */
  town?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateTownInput2;
  /** 地址2 */
  address2?: string;
  /** 城市 */
  city: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateCityInput2;
  /** 地区 */
  district?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateDistrictInput2;
}

/** `Country` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateCountryInput2 {
  /** 地址代码 */
  code: string;
  /** 地址id */
  area_id?: Int64Input;
  /** 地址名字 */
  name: string;
  /** 未知 */
  phone_code?: string;
}

/** `Province` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateProvinceInput2 {
  /** 地址代码 */
  code?: string;
  /** 地址id */
  area_id?: string;
  /** 地址名字 */
  name: string;
}

/** `Town` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateTownInput2 {
  /** 地址代码 */
  code?: string;
  /** 地址id */
  area_id?: string;
  /** 地址名字 */
  name?: string;
}

/** `City` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateCityInput2 {
  /** 地址代码 */
  code?: string;
  /** 地址名字 */
  name: string;
}

/** `District` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateDistrictInput2 {
  /** 地址代码 */
  code?: string;
  /** 地址id */
  area_id?: string;
  /** 地址名字 */
  name?: string;
}

/** `Contact` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateContactInput2 {
  /** 电话区码 */
  phone_area?: string;
  /** 电话区号 */
  phone_code?: string;
  /** 手机号码 */
  mobile_no: string;
  /** 邮箱 */
  email: string;
}

/** `ContactAddress` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateContactAddressInput {
  /** 国家、省、市、详细地址信息 */
  address?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateAddressInput3;
  /** 联系人 */
  contact_person?: string;
  /** 联系方式(邮箱、电话号码、手机号码等) */
  contact?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateContactInput3;
  /** 公司名称 */
  company_name_cn?: string;
}

/** `Address` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateAddressInput3 {
  /** 邮编 */
  zip?: string;
  /** 国家 */
  country?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateCountryInput3;
  /** 地址 */
  address?: string;
  /** 乡、镇名称 */
  town?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateTownInput3;
  /** 省份 */
  province?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateProvinceInput3;
  /** 城市 */
  city?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateCityInput3;
  /** 街道 */
  district?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateDistrictInput;
}

/** `Country` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateCountryInput3 {
  /** 地址代码 */
  code?: string;
  /** 地址名称 */
  name?: string;
  /** 地址id */
  area_id?: Int64Input;
}

/** `Town` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateTownInput3 {
  /** 地址代码 */
  code?: string;
  /** 地址名称 */
  name?: string;
  /** 地址id */
  area_id?: Int64Input;
}

/** `Province` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateProvinceInput3 {
  /** 地址代码 */
  code?: string;
  /** 地址名称 */
  name?: string;
  /** 地址id */
  area_id?: Int64Input;
}

/** `City` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateCityInput3 {
  /** 地址代码 */
  code?: string;
  /** 地址名称 */
  name?: string;
  /** 地址id */
  area_id?: Int64Input;
}

/** `Contact` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateContactInput3 {
  /** 手机号 */
  mobile_no?: string;
  /** 邮箱 */
  email?: string;
  /** 电话区号 */
  phone_code?: string;
}

/** `Result` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateResult {
  /** 返回结果描述 */
  error_message?: string;
  /** 结果对象 */
  values?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateExpressFreightDTO;
  /** 是否成功 */
  success?: boolean;
  /** 返回结果编码 */
  error_code?: Int64;
}

/** `ExpressFreightDTO` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateExpressFreightDTO {
  /** 仓库信息 */
  warehouse?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateWarehouseDTO;
  /** （废弃为空！！面单通过alibaba.onetouch.logistics.express.order.detail.get获取）原条码PDF Base64编码 */
  bar_code?: string;
  /** 物流订单号 */
  order_number?: string;
  /** 上门揽收信息 */
  pickup_info?: AlibabaOnetouchLogisticsExpressLogisticsOrderCreatePickupInfoDTO;
}

/** `WarehouseDTO` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreateWarehouseDTO {
  /** 仓库地址 */
  address?: string;
  /** 仓库名称 */
  name?: string;
  /** 仓库编码 */
  code?: string;
  /** 联系人 */
  contact_person?: string;
  /** 联系人电话 */
  contact_phone?: string;
  /** 工作时间 */
  working_time?: string;
  /** 邮编 */
  post_code?: string;
  /** 备注 */
  description?: string;
}

/** `PickupInfoDTO` of `alibaba.onetouch.logistics.express.logistics.order.create`. */
export interface AlibabaOnetouchLogisticsExpressLogisticsOrderCreatePickupInfoDTO {
  /** 备用字段（上门揽收服务商），目前为空 */
  service_provider?: string;
  /** 上门揽收类型，warehouse_free_pickup：仓库免费上门揽收，warehouse_paid_pickup：仓库收费上门揽收，provider_paid_pickup：服务商收费上门揽收 */
  pickup_type?: string;
  /** 能否上门揽收 */
  can_pickup?: boolean;
  /** 上门揽收类型名称 */
  pickup_type_name?: string;
}

const REQUEST_SCHEMA = {
  paramn_query: {
    cargo_list: [
      {
        unit: 'String',
        hscode: 'String',
        quantity: 'Number',
        declaration_value: 'String',
        price: 'String',
        name_cn: 'String',
        currency: 'String',
        name_en: 'String',
        product_type: [
          {
            code: 'String',
            children: [
              {
                code: 'String',
                children: [
                  {
                    code: 'String',
                    name: 'String',
                  },
                ],
                name: 'String',
              },
            ],
            name: 'String',
          },
        ],
        purpose: 'String',
        material: 'String',
      },
    ],
    origin_zip_code: 'String',
    deliver_warehouse_express: {
      logistics_company: 'String',
      tracking_numbers: ['String'],
      package_quantity: 'String',
    },
    package_list: [
      {
        quantity: 'String',
        length: 'String',
        width: 'String',
        weight: 'String',
        type: 'String',
        height: 'String',
      },
    ],
    destination_country_code: 'String',
    warehouse_code: 'String',
    product_code: 'String',
    consignor_address: {
      address: {
        zip: 'String',
        country: {
          code: 'String',
          area_id: 'Number',
          name: 'String',
        },
        address: 'String',
        town: {
          code: 'String',
          area_id: 'Number',
          name: 'String',
        },
        province: {
          code: 'String',
          area_id: 'Number',
          name: 'String',
        },
        city: {
          code: 'String',
          area_id: 'Number',
          name: 'String',
        },
        district: {
          code: 'String',
          name: 'String',
        },
      },
      contact: {
        phone_code: 'String',
        mobile_no: 'String',
        email: 'String',
      },
      contact_person: 'String',
      company_name_cn: 'String',
    },
    express_customs: {
      declaration_amount: 'String',
      need_customs_clearance: 'String',
      declaration_currency: 'String',
      vat_type: 'String',
      vat_number: 'String',
      taxpayer_id: 'String',
      eori_number: 'String',
    },
    need_pickup: 'Boolean',
    destination_zip_code: 'String',
    supply_chain_biz_id: 'String',
    consignee_address: {
      address: {
        zip: 'String',
        country: {
          code: 'String',
          area_id: 'Number',
          name: 'String',
          phone_code: 'String',
        },
        address: 'String',
        province: {
          code: 'String',
          area_id: 'String',
          name: 'String',
        },
        town: {
          code: 'String',
          area_id: 'String',
          name: 'String',
        },
        address2: 'String',
        city: {
          code: 'String',
          name: 'String',
        },
        district: {
          code: 'String',
          area_id: 'String',
          name: 'String',
        },
      },
      contact: {
        phone_area: 'String',
        phone_code: 'String',
        mobile_no: 'String',
        email: 'String',
      },
      address_email: 'String',
      company_name_en: 'String',
      contact_person: 'String',
      type: 'String',
      company_name_cn: 'String',
    },
    trade_biz_id: 'String',
    pickup_address: {
      address: {
        zip: 'String',
        country: {
          code: 'String',
          name: 'String',
          area_id: 'Number',
        },
        address: 'String',
        town: {
          code: 'String',
          name: 'String',
          area_id: 'Number',
        },
        province: {
          code: 'String',
          name: 'String',
          area_id: 'Number',
        },
        city: {
          code: 'String',
          name: 'String',
          area_id: 'Number',
        },
        district: {
          code: 'String',
          name: 'String',
        },
      },
      contact_person: 'String',
      contact: {
        mobile_no: 'String',
        email: 'String',
        phone_code: 'String',
      },
      company_name_cn: 'String',
    },
    return_address: {
      address: {
        zip: 'String',
        country: {
          code: 'String',
          name: 'String',
          area_id: 'Number',
        },
        address: 'String',
        town: {
          code: 'String',
          name: 'String',
          area_id: 'Number',
        },
        province: {
          code: 'String',
          name: 'String',
          area_id: 'Number',
        },
        city: {
          code: 'String',
          name: 'String',
          area_id: 'Number',
        },
        district: {
          code: 'String',
          name: 'String',
        },
      },
      contact_person: 'String',
      contact: {
        mobile_no: 'String',
        email: 'String',
        phone_code: 'String',
      },
      company_name_cn: 'String',
    },
    trade_platform: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    values: {
      warehouse: {
        address: 'String',
        name: 'String',
        code: 'String',
        contact_person: 'String',
        contact_phone: 'String',
        working_time: 'String',
        post_code: 'String',
        description: 'String',
      },
      bar_code: 'String',
      order_number: 'String',
      pickup_info: {
        service_provider: 'String',
        pickup_type: 'String',
        can_pickup: 'Boolean',
        pickup_type_name: 'String',
      },
    },
    success: 'Boolean',
    error_code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.onetouch.logistics.express.logistics.order.create`: method, response root, request and response schemas. */
export const alibabaOnetouchLogisticsExpressLogisticsOrderCreateOperation = {
  method: 'alibaba.onetouch.logistics.express.logistics.order.create',
  responseRoot: 'alibaba_onetouch_logistics_express_logistics_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 快递下单 — calls TOP method `alibaba.onetouch.logistics.express.logistics.order.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaOnetouchLogisticsExpressLogisticsOrderCreate(
  client: TopClient,
  request: AlibabaOnetouchLogisticsExpressLogisticsOrderCreateRequest,
  options?: CallOptions,
): Promise<AlibabaOnetouchLogisticsExpressLogisticsOrderCreateResponse> {
  return client.call<AlibabaOnetouchLogisticsExpressLogisticsOrderCreateResponse>(
    {
      method: 'alibaba.onetouch.logistics.express.logistics.order.create',
      responseRoot: 'alibaba_onetouch_logistics_express_logistics_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
