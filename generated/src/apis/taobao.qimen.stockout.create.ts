// Generated from specs/qimen/taobao.qimen.stockout.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.stockout.create` (出库单创建接口). */
export interface TaobaoQimenStockoutCreateRequest {
  request?: TaobaoQimenStockoutCreateStockOutCreateRequestInput;
}

/** Response of `taobao.qimen.stockout.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenStockoutCreateResponse {
  response?: TaobaoQimenStockoutCreateResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StockOutCreateRequest` of `taobao.qimen.stockout.create`. */
export interface TaobaoQimenStockoutCreateStockOutCreateRequestInput {
  /** 出库单信息 */
  deliveryOrder?: TaobaoQimenStockoutCreateDeliveryOrderInput;
  /** 单据信息 */
  orderLines?: TaobaoQimenStockoutCreateOrderLineInput[];
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `DeliveryOrder` of `taobao.qimen.stockout.create`. */
export interface TaobaoQimenStockoutCreateDeliveryOrderInput {
  /** 单据总行数(当单据需要分多个请求发送时;发送方需要将totalOrderLines填入;接收方收到后;根据实际接收到的条数和totalOrderLines进行比对;如果小于;则继续等待接收请求。如果等于;则表示该单据的所有请求发送完成.) */
  totalOrderLines?: Int64Input;
  /** 出库单号 */
  deliveryOrderCode: string;
  /** 出库单类型(PTCK=普通出库单;DBCK=调拨出库;B2BCK=B2B出库;QTCK=其他出库;CGTH=采购退货出库单;XNCK=虚拟出库单, JITCK=唯品出库) */
  orderType: string;
  /** 关联单据信息 */
  relatedOrders?: TaobaoQimenStockoutCreateRelatedOrderInput[];
  /** 仓库编码(统仓统配等无需ERP指定仓储编码的情况填OTHER) */
  warehouseCode: string;
  /** 出库单创建时间(YYYY-MM-DD HH:MM:SS) */
  createTime: string;
  /** 要求出库时间(YYYY-MM-DD) */
  scheduleDate?: string;
  /** 物流公司编码(SF=顺丰、EMS=标准快递、EYB=经济快件、ZJS=宅急送、YTO=圆通 、ZTO=中通(ZTO)、HTKY=百世汇通、UC=优速、STO=申通、TTKDEX=天天快递、QFKD=全峰、FAST=快捷、POSTB=邮政小包、GTO=国通、YUNDA=韵达、JD=京东配送、DD=当当宅配、AMAZON=亚马逊物流、OTHER=其他;只传英文编码) */
  logisticsCode?: string;
  /** 物流公司名称(包括干线物流公司等) */
  logisticsName?: string;
  /** 供应商编码 */
  supplierCode?: string;
  /** 供应商名称 */
  supplierName?: string;
  /** 提货方式(到仓自提、快递、干线物流) */
  transportMode?: string;
  /** 提货人信息 */
  pickerInfo?: TaobaoQimenStockoutCreatePickerInfoInput;
  /** 发件人信息 */
  senderInfo?: TaobaoQimenStockoutCreateSenderInfoInput;
  /** 收件人信息 */
  receiverInfo?: TaobaoQimenStockoutCreateReceiverInfoInput;
  /** 备注 */
  remark?: string;
  /** 出库单渠道类型,VIP=唯品会，FX=分销 ，SHOP=门店 */
  orderSourceType?: string;
  /** 到货时间(YYYY-MM-DD HH:MM:SS) */
  receivingTime?: string;
  /** 送货时间(YYYY-MM-DD HH:MM:SS) */
  shippingTime?: string;
  /** 入库仓库名称, string (50) */
  targetWarehouseName?: string;
  /** 入库仓库编码, string (50) ，统仓统配等无需ERP指定仓储编码的情况填OTHER */
  targetWarehouseCode?: string;
  /** 关联的入库单号（ERP分配） */
  targetEntryOrderCode?: string;
  /** 仓库名称 */
  warehouseName?: string;
}

/** `RelatedOrder` of `taobao.qimen.stockout.create`. */
export interface TaobaoQimenStockoutCreateRelatedOrderInput {
  /** 关联的订单类型(CG=采购单;DB=调拨单;CK=出库单;RK=入库单;只传英文编码) */
  orderType?: string;
  /** 关联的订单编号 */
  orderCode?: string;
}

/** `PickerInfo` of `taobao.qimen.stockout.create`. */
export interface TaobaoQimenStockoutCreatePickerInfoInput {
  /** 公司名称 */
  company?: string;
  /** 姓名 */
  name?: string;
  /** 固定电话 */
  tel?: string;
  /** 移动电话 */
  mobile?: string;
  /** 证件号 */
  id?: string;
  /** 车牌号 */
  carNo?: string;
}

/** `SenderInfo` of `taobao.qimen.stockout.create`. */
export interface TaobaoQimenStockoutCreateSenderInfoInput {
  /** 公司名称 */
  company?: string;
  /** 姓名 */
  name: string;
  /** 邮编 */
  zipCode?: string;
  /** 固定电话 */
  tel?: string;
  /** 移动电话 */
  mobile: string;
  /** 电子邮箱 */
  email?: string;
  /** 国家二字码 */
  countryCode?: string;
  /** 省份 */
  province: string;
  /** 城市 */
  city: string;
  /** 区域 */
  area?: string;
  /** 村镇 */
  town?: string;
  /** 详细地址 */
  detailAddress: string;
  /** 证件号 */
  id?: string;
}

/** `ReceiverInfo` of `taobao.qimen.stockout.create`. */
export interface TaobaoQimenStockoutCreateReceiverInfoInput {
  /** 公司名称 */
  company?: string;
  /** 姓名 */
  name: string;
  /** 邮编 */
  zipCode?: string;
  /** 固定电话 */
  tel?: string;
  /** 移动电话 */
  mobile: string;
  /** 收件人证件类型(1-身份证、2-军官证、3-护照、4-其他) */
  idType?: string;
  /** 收件人证件号码 */
  idNumber?: string;
  /** 电子邮箱 */
  email?: string;
  /** 国家二字码 */
  countryCode?: string;
  /** 省份 */
  province: string;
  /** 城市 */
  city: string;
  /** 区域 */
  area?: string;
  /** 村镇 */
  town?: string;
  /** 详细地址 */
  detailAddress: string;
  /** 证件号 */
  id?: string;
}

/** `OrderLine` of `taobao.qimen.stockout.create`. */
export interface TaobaoQimenStockoutCreateOrderLineInput {
  /** 外部业务编码(消息ID;用于去重;当单据需要分批次发送时使用) */
  outBizCode?: string;
  /** 单据行号 */
  orderLineNo?: string;
  /** 货主编码 */
  ownerCode: string;
  /** 商品编码 */
  itemCode: string;
  /** 仓储系统商品编码 */
  itemId?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS= 箱损;ZT=在途库存;默认为查所有类型的库存) */
  inventoryType?: string;
  /** 商品名称 */
  itemName?: string;
  /** 应发商品数量 */
  planQty: Int64Input;
  /** 批次编码 */
  batchCode?: string;
  /** 生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** 交易平台商品编码 */
  platformCode?: string;
  /** 单位 */
  unit?: string;
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `Response` of `taobao.qimen.stockout.create`. */
export interface TaobaoQimenStockoutCreateResponse2 {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 订单创建时间(YYYY-MM-DD HH:MM:SS) */
  createTime?: string;
  /** 出库单仓储系统编码 */
  deliveryOrderId?: string;
}

const REQUEST_SCHEMA = {
  request: {
    deliveryOrder: {
      totalOrderLines: 'Number',
      deliveryOrderCode: 'String',
      orderType: 'String',
      relatedOrders: [
        {
          orderType: 'String',
          orderCode: 'String',
        },
      ],
      warehouseCode: 'String',
      createTime: 'String',
      scheduleDate: 'String',
      logisticsCode: 'String',
      logisticsName: 'String',
      supplierCode: 'String',
      supplierName: 'String',
      transportMode: 'String',
      pickerInfo: {
        company: 'String',
        name: 'String',
        tel: 'String',
        mobile: 'String',
        id: 'String',
        carNo: 'String',
      },
      senderInfo: {
        company: 'String',
        name: 'String',
        zipCode: 'String',
        tel: 'String',
        mobile: 'String',
        email: 'String',
        countryCode: 'String',
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
        detailAddress: 'String',
        id: 'String',
      },
      receiverInfo: {
        company: 'String',
        name: 'String',
        zipCode: 'String',
        tel: 'String',
        mobile: 'String',
        idType: 'String',
        idNumber: 'String',
        email: 'String',
        countryCode: 'String',
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
        detailAddress: 'String',
        id: 'String',
      },
      remark: 'String',
      orderSourceType: 'String',
      receivingTime: 'String',
      shippingTime: 'String',
      targetWarehouseName: 'String',
      targetWarehouseCode: 'String',
      targetEntryOrderCode: 'String',
      warehouseName: 'String',
    },
    orderLines: [
      {
        outBizCode: 'String',
        orderLineNo: 'String',
        ownerCode: 'String',
        itemCode: 'String',
        itemId: 'String',
        inventoryType: 'String',
        itemName: 'String',
        planQty: 'Number',
        batchCode: 'String',
        productDate: 'String',
        expireDate: 'String',
        produceCode: 'String',
        platformCode: 'String',
        unit: 'String',
        extendProps: 'Json',
      },
    ],
    extendProps: 'Json',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
    createTime: 'String',
    deliveryOrderId: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.stockout.create`: method, response root, request and response schemas. */
export const taobaoQimenStockoutCreateOperation = {
  method: 'taobao.qimen.stockout.create',
  responseRoot: 'qimen_stockout_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 出库单创建接口 — calls TOP method `taobao.qimen.stockout.create`.
 *
 * taobao.qimen.returnorder.create
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenStockoutCreate(
  client: TopClient,
  request: TaobaoQimenStockoutCreateRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenStockoutCreateResponse> {
  return client.call<TaobaoQimenStockoutCreateResponse>(
    {
      method: 'taobao.qimen.stockout.create',
      responseRoot: 'qimen_stockout_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
