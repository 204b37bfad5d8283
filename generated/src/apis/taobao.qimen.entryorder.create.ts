// Generated from specs/qimen/taobao.qimen.entryorder.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.entryorder.create` (入库单创建接口). */
export interface TaobaoQimenEntryorderCreateRequest {
  request?: TaobaoQimenEntryorderCreateEntryOrderCreateRequestInput;
}

/** Response of `taobao.qimen.entryorder.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenEntryorderCreateResponse {
  response?: TaobaoQimenEntryorderCreateResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EntryOrderCreateRequest` of `taobao.qimen.entryorder.create`. */
export interface TaobaoQimenEntryorderCreateEntryOrderCreateRequestInput {
  /** 入库单信息 */
  entryOrder?: TaobaoQimenEntryorderCreateEntryOrderInput;
  /** 入库单详情 */
  orderLines?: TaobaoQimenEntryorderCreateOrderLineInput[];
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `EntryOrder` of `taobao.qimen.entryorder.create`. */
export interface TaobaoQimenEntryorderCreateEntryOrderInput {
  /** 入库单号 */
  entryOrderCode: string;
  /** 货主编码 */
  ownerCode: string;
  /** 采购单号(当orderType=CGRK时使用) */
  purchaseOrderCode?: string;
  /** 入库仓库编码(统仓统配等无需ERP指定仓储编码的情况填OTHER) */
  warehouseCode: string;
  /** 订单创建时间(YYYY-MM-DD HH:MM:SS) */
  orderCreateTime?: string;
  /** 业务类型(SCRK=生产入库;LYRK=领用入库;CCRK=残次品入库;CGRK=采购入库;DBRK=调拨入库;QTRK=其他入库;B2BRK=B2B入 库;XNRK=虚拟入库;只传英文编码) */
  orderType?: string;
  /** 关联订单信息 */
  relatedOrders?: TaobaoQimenEntryorderCreateRelatedOrderInput[];
  /** 预期到货时间(YYYY-MM-DD HH:MM:SS) */
  expectStartTime?: string;
  /** 最迟预期到货时间(YYYY-MM-DD HH:MM:SS) */
  expectEndTime?: string;
  /** 物流公司编码(SF=顺丰、EMS=标准快递、EYB=经济快件、ZJS=宅急送、YTO=圆通 、ZTO=中通(ZTO)、HTKY=百世汇通、 UC=优速、STO=申通、TTKDEX=天天快递、QFKD=全峰、FAST=快捷、POSTB=邮政小包、GTO=国通、YUNDA=韵达、JD=京东配送、DD=当当宅配、 AMAZON=亚马逊物流、OTHER=其他(只传英文编码)) */
  logisticsCode?: string;
  /** 物流公司名称 */
  logisticsName?: string;
  /** 运单号 */
  expressCode?: string;
  /** 供应商编码 */
  supplierCode?: string;
  /** 供应商名称 */
  supplierName?: string;
  /** 操作员编码 */
  operatorCode?: string;
  /** 操作员名称 */
  operatorName?: string;
  /** 操作时间(YYYY-MM-DD HH:MM:SS) */
  operateTime?: string;
  /** 发件人信息 */
  senderInfo?: TaobaoQimenEntryorderCreateSenderInfoInput;
  /** 收件人信息 */
  receiverInfo?: TaobaoQimenEntryorderCreateReceiverInfoInput;
  /** 备注 */
  remark?: string;
  /** totalOrderLines */
  totalOrderLines?: string;
  /** 入库仓库名称 */
  warehouseName?: string;
  /** 出库仓库编码 */
  sourceWarehouseCode?: string;
  /** 出库仓库名称 */
  sourceWarehouseName?: string;
}

/** `RelatedOrder` of `taobao.qimen.entryorder.create`. */
export interface TaobaoQimenEntryorderCreateRelatedOrderInput {
  /** 关联的订单类型(CG=采购单;DB=调拨单;CK=出库单;RK=入库单;只传英文编码) */
  orderType?: string;
  /** 关联的订单编号 */
  orderCode?: string;
}

/** `SenderInfo` of `taobao.qimen.entryorder.create`. */
export interface TaobaoQimenEntryorderCreateSenderInfoInput {
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
}

/** `ReceiverInfo` of `taobao.qimen.entryorder.create`. */
export interface TaobaoQimenEntryorderCreateReceiverInfoInput {
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
  /** 收件人证件类型(1-身份证;2-军官证;3-护照;4-其他) */
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
}

/** `OrderLine` of `taobao.qimen.entryorder.create`. */
export interface TaobaoQimenEntryorderCreateOrderLineInput {
  /** 外部业务编码(消息ID;用于去重;当单据需要分批次发送时使用) */
  outBizCode?: string;
  /** 入库单的行号 */
  orderLineNo?: string;
  /** 货主编码 */
  ownerCode: string;
  /** 商品编码 */
  itemCode: string;
  /** 仓储系统商品ID */
  itemId?: string;
  /** 商品名称 */
  itemName?: string;
  /** 应收商品数量 */
  planQty: Int64Input;
  /** 商品属性 */
  skuProperty?: string;
  /** 采购价 */
  purchasePrice?: string;
  /** 零售价 */
  retailPrice?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS=箱损;默认为ZP) */
  inventoryType?: string;
  /** 商品生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 商品过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** 批次编码 */
  batchCode?: string;
  /** 单位 */
  unit?: string;
  /** sn编码列表 */
  snList?: TaobaoQimenEntryorderCreateSnListInput;
}

/** `SnList` of `taobao.qimen.entryorder.create`. */
export interface TaobaoQimenEntryorderCreateSnListInput {
  /** sn编码 */
  sn?: string[];
}

/** `Response` of `taobao.qimen.entryorder.create`. */
export interface TaobaoQimenEntryorderCreateResponse2 {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
  /** 仓储系统入库单编码 */
  entryOrderId?: string;
}

const REQUEST_SCHEMA = {
  request: {
    entryOrder: {
      entryOrderCode: 'String',
      ownerCode: 'String',
      purchaseOrderCode: 'String',
      warehouseCode: 'String',
      orderCreateTime: 'String',
      orderType: 'String',
      relatedOrders: [
        {
          orderType: 'String',
          orderCode: 'String',
        },
      ],
      expectStartTime: 'String',
      expectEndTime: 'String',
      logisticsCode: 'String',
      logisticsName: 'String',
      expressCode: 'String',
      supplierCode: 'String',
      supplierName: 'String',
      operatorCode: 'String',
      operatorName: 'String',
      operateTime: 'String',
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
      },
      remark: 'String',
      totalOrderLines: 'String',
      warehouseName: 'String',
      sourceWarehouseCode: 'String',
      sourceWarehouseName: 'String',
    },
    orderLines: [
      {
        outBizCode: 'String',
        orderLineNo: 'String',
        ownerCode: 'String',
        itemCode: 'String',
        itemId: 'String',
        itemName: 'String',
        planQty: 'Number',
        skuProperty: 'String',
        purchasePrice: 'String',
        retailPrice: 'String',
        inventoryType: 'String',
        productDate: 'String',
        expireDate: 'String',
        produceCode: 'String',
        batchCode: 'String',
        unit: 'String',
        snList: {
          sn: ['String'],
        },
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
    entryOrderId: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.entryorder.create`: method, response root, request and response schemas. */
export const taobaoQimenEntryorderCreateOperation = {
  method: 'taobao.qimen.entryorder.create',
  responseRoot: 'qimen_entryorder_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 入库单创建接口 — calls TOP method `taobao.qimen.entryorder.create`.
 *
 * taobao.qimen.entryorder.create
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenEntryorderCreate(
  client: TopClient,
  request: TaobaoQimenEntryorderCreateRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenEntryorderCreateResponse> {
  return client.call<TaobaoQimenEntryorderCreateResponse>(
    {
      method: 'taobao.qimen.entryorder.create',
      responseRoot: 'qimen_entryorder_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
