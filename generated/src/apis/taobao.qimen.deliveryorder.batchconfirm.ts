// Generated from specs/qimen/taobao.qimen.deliveryorder.batchconfirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.deliveryorder.batchconfirm` (发货单确认接口). */
export interface TaobaoQimenDeliveryorderBatchconfirmRequest {
  request?: TaobaoQimenDeliveryorderBatchconfirmDeliveryOrderBatchConfirmRequestInput;
}

/** Response of `taobao.qimen.deliveryorder.batchconfirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenDeliveryorderBatchconfirmResponse {
  response?: TaobaoQimenDeliveryorderBatchconfirmResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryOrderBatchConfirmRequest` of `taobao.qimen.deliveryorder.batchconfirm`. */
export interface TaobaoQimenDeliveryorderBatchconfirmDeliveryOrderBatchConfirmRequestInput {
  /** 发货单列表 */
  orders?: TaobaoQimenDeliveryorderBatchconfirmOrderInput[];
  /** 扩展属性 */
  extendProps?: string | Record<string, unknown>;
}

/** `Order` of `taobao.qimen.deliveryorder.batchconfirm`. */
export interface TaobaoQimenDeliveryorderBatchconfirmOrderInput {
  /** 发货单信息 */
  deliveryOrder?: TaobaoQimenDeliveryorderBatchconfirmDeliveryOrderInput;
  /** 订单包裹信息 */
  packages?: TaobaoQimenDeliveryorderBatchconfirmPackageInput[];
  /** 单据列表 */
  orderLines?: TaobaoQimenDeliveryorderBatchconfirmOrderLineInput[];
}

/** `DeliveryOrder` of `taobao.qimen.deliveryorder.batchconfirm`. */
export interface TaobaoQimenDeliveryorderBatchconfirmDeliveryOrderInput {
  /** 出库单号 */
  deliveryOrderCode: string;
  /** 仓储系统出库单号 */
  deliveryOrderId?: string;
  /** 仓库编码 */
  warehouseCode: string;
  /** 出库单类型(JYCK=一般交易出库;HHCK=换货出库;BFCK=补发出库;QTCK=其他出库单) */
  orderType: string;
  /** 出库单状态(NEW-未开始处理;ACCEPT-仓库接单;PARTDELIVERED-部分发货完成;DELIVERED-发货完成;EXCEPTION-异 常;CANCELED-取消;CLOSED-关闭;REJECT-拒单;CANCELEDFAIL-取消失败;只传英文编 码) */
  status?: string;
  /** 外部业务编码(消息ID;用于去重;ISV对于同一请求;分配一个唯一性的编码。用来保证因为网络等原因导致重复传输;请求 不会被重复处理;条件必填;条件为一单需要多次确认时) */
  outBizCode?: string;
  /** 支持出库单多次发货(多次发货后确认时;0表示发货单最终状态确认;1表示发货单中间状态确认) */
  confirmType?: Int64Input;
  /** 订单完成时间(YYYY-MM-DD HH:MM:SS) */
  orderConfirmTime?: string;
  /** 当前状态操作员编码 */
  operatorCode?: string;
  /** 当前状态操作员姓名 */
  operatorName?: string;
  /** 当前状态操作时间(YYYY-MM-DD HH:MM:SS) */
  operateTime?: string;
  /** 仓储费用 */
  storageFee?: string;
  /** 发票信息 */
  invoices?: TaobaoQimenDeliveryorderBatchconfirmInvoiceInput[];
}

/** `Invoice` of `taobao.qimen.deliveryorder.batchconfirm`. */
export interface TaobaoQimenDeliveryorderBatchconfirmInvoiceInput {
  /** 发票抬头 */
  header?: string;
  /** 发票金额 */
  amount?: string;
  /** 发票内容 */
  content?: string;
  /** 订单详情 */
  detail?: TaobaoQimenDeliveryorderBatchconfirmDetailInput;
  /** 发票代码(纳税企业的标识) */
  code?: string;
  /** 发票号码(纳税企业内部的发票号) */
  number?: string;
}

/** `Detail` of `taobao.qimen.deliveryorder.batchconfirm`. */
export interface TaobaoQimenDeliveryorderBatchconfirmDetailInput {
  /** 订单商品列表 */
  items?: TaobaoQimenDeliveryorderBatchconfirmItemInput[];
}

/** `Item` of `taobao.qimen.deliveryorder.batchconfirm`. */
export interface TaobaoQimenDeliveryorderBatchconfirmItemInput {
  /** 商品名称 */
  itemName?: string;
  /** 商品单位 */
  unit?: string;
  /** 商品单价 */
  price?: string;
  /** 数量 */
  quantity?: Int64Input;
  /** 金额 */
  amount?: string;
  /** 商品编码 */
  itemCode?: string;
  /** 商品仓储系统编码 */
  itemId?: string;
}

/** `Package` of `taobao.qimen.deliveryorder.batchconfirm`. */
export interface TaobaoQimenDeliveryorderBatchconfirmPackageInput {
  /** 物流公司编码(SF=顺丰、EMS=标准快递、EYB=经济快件、ZJS=宅急送、YTO=圆通、ZTO=中通 (ZTO)、HTKY=百世汇通、 UC=优速、STO=申通、TTKDEX=天天快递、QFKD=全峰、FAST=快捷、POSTB=邮政小 包、GTO=国通、YUNDA=韵达、JD=京东配送、DD=当当宅配、 AMAZON=亚马逊物流、OTHER=其他;只传英文编码) */
  logisticsCode: string;
  /** 物流公司名称 */
  logisticsName?: string;
  /** 运单号 */
  expressCode: string;
  /** 包裹编号 */
  packageCode?: string;
  /** 包裹长度(单位：厘米) */
  length?: string;
  /** 包裹宽度(单位：厘米) */
  width?: string;
  /** 包裹高度(单位：厘米) */
  height?: string;
  /** 包裹理论重量(单位：千克) */
  theoreticalWeight?: string;
  /** 包裹重量(单位：千克) */
  weight?: string;
  /** 包裹体积(单位：升) */
  volume?: string;
  /** 发票号 */
  invoiceNo?: string;
  /** 包材信息 */
  packageMaterialList?: TaobaoQimenDeliveryorderBatchconfirmPackageMaterialInput[];
  /** 商品列表 */
  items?: TaobaoQimenDeliveryorderBatchconfirmItemInput2[];
}

/** `PackageMaterial` of `taobao.qimen.deliveryorder.batchconfirm`. */
export interface TaobaoQimenDeliveryorderBatchconfirmPackageMaterialInput {
  /** 包材型号 */
  type?: string;
  /** 包材的数量 */
  quantity?: Int64Input;
}

/** `Item` of `taobao.qimen.deliveryorder.batchconfirm`. */
export interface TaobaoQimenDeliveryorderBatchconfirmItemInput2 {
  /** 商品编码 */
  itemCode: string;
  /** 商品仓储系统编码 */
  itemId?: string;
  /** 包裹内该商品的数量 */
  quantity: Int64Input;
}

/** `OrderLine` of `taobao.qimen.deliveryorder.batchconfirm`. */
export interface TaobaoQimenDeliveryorderBatchconfirmOrderLineInput {
  /** 单据行号 */
  orderLineNo?: string;
  /** 平台交易订单编码 */
  orderSourceCode?: string;
  /** 平台交易子订单编码 */
  subSourceCode?: string;
  /** 货主编码 */
  ownerCode?: string;
  /** 商品编码 */
  itemCode?: string;
  /** 商品仓储系统编码 */
  itemId?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS=箱损;ZT=在途库存;默认为查所有类型的库存) */
  inventoryType?: string;
  /** 商品名称 */
  itemName?: string;
  /** 交易平台商品编码 */
  extCode?: string;
  /** 应发商品数量 */
  planQty?: Int64Input;
  /** 实发商品数量 */
  actualQty?: Int64Input;
  /** 批次编号 */
  batchCode?: string;
  /** 生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** 批次列表 */
  batchs?: TaobaoQimenDeliveryorderBatchconfirmBatchInput[];
  /** 商品的二维码(类似电子产品的SN码;用来进行商品的溯源;多个二维码之间用分号;隔开) */
  qrCode?: string;
  /** 仓库拆单子发货单号 */
  subDeliveryOrderId?: string;
  /** snList */
  snList?: TaobaoQimenDeliveryorderBatchconfirmSnListInput;
  /** 供应商编码 */
  supplierCode?: string;
  /** 供应商名称 */
  supplierName?: string;
}

/** `Batch` of `taobao.qimen.deliveryorder.batchconfirm`. */
export interface TaobaoQimenDeliveryorderBatchconfirmBatchInput {
  /** 批次编号 */
  batchCode?: string;
  /** 生产日期(YYYY-MM-DD) */
  productDate?: string;
  /** 过期日期(YYYY-MM-DD) */
  expireDate?: string;
  /** 生产批号 */
  produceCode?: string;
  /** 库存类型(ZP=正品;CC=残次;JS=机损;XS=箱损;ZT=在途库存;默认为查所有类型的库存) */
  inventoryType?: string;
  /** 实发数量(要求batchs节点下所有的实发数量之和等于orderline中的实发数量) */
  actualQty?: Int64Input;
}

/** `SnList` of `taobao.qimen.deliveryorder.batchconfirm`. */
export interface TaobaoQimenDeliveryorderBatchconfirmSnListInput {
  /** sn */
  sn?: string[];
}

/** `Response` of `taobao.qimen.deliveryorder.batchconfirm`. */
export interface TaobaoQimenDeliveryorderBatchconfirmResponse2 {
  /** 响应结果:success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    orders: [
      {
        deliveryOrder: {
          deliveryOrderCode: 'String',
          deliveryOrderId: 'String',
          warehouseCode: 'String',
          orderType: 'String',
          status: 'String',
          outBizCode: 'String',
          confirmType: 'Number',
          orderConfirmTime: 'String',
          operatorCode: 'String',
          operatorName: 'String',
          operateTime: 'String',
          storageFee: 'String',
          invoices: [
            {
              header: 'String',
              amount: 'String',
              content: 'String',
              detail: {
                items: [
                  {
                    itemName: 'String',
                    unit: 'String',
                    price: 'String',
                    quantity: 'Number',
                    amount: 'String',
                    itemCode: 'String',
                    itemId: 'String',
                  },
                ],
              },
              code: 'String',
              number: 'String',
            },
          ],
        },
        packages: [
          {
            logisticsCode: 'String',
            logisticsName: 'String',
            expressCode: 'String',
            packageCode: 'String',
            length: 'String',
            width: 'String',
            height: 'String',
            theoreticalWeight: 'String',
            weight: 'String',
            volume: 'String',
            invoiceNo: 'String',
            packageMaterialList: [
              {
                type: 'String',
                quantity: 'Number',
              },
            ],
            items: [
              {
                itemCode: 'String',
                itemId: 'String',
                quantity: 'Number',
              },
            ],
          },
        ],
        orderLines: [
          {
            orderLineNo: 'String',
            orderSourceCode: 'String',
            subSourceCode: 'String',
            ownerCode: 'String',
            itemCode: 'String',
            itemId: 'String',
            inventoryType: 'String',
            itemName: 'String',
            extCode: 'String',
            planQty: 'Number',
            actualQty: 'Number',
            batchCode: 'String',
            productDate: 'String',
            expireDate: 'String',
            produceCode: 'String',
            batchs: [
              {
                batchCode: 'String',
                productDate: 'String',
                expireDate: 'String',
                produceCode: 'String',
                inventoryType: 'String',
                actualQty: 'Number',
              },
            ],
            qrCode: 'String',
            subDeliveryOrderId: 'String',
            snList: {
              sn: ['String'],
            },
            supplierCode: 'String',
            supplierName: 'String',
          },
        ],
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
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.deliveryorder.batchconfirm`: method, response root, request and response schemas. */
export const taobaoQimenDeliveryorderBatchconfirmOperation = {
  method: 'taobao.qimen.deliveryorder.batchconfirm',
  responseRoot: 'qimen_deliveryorder_batchconfirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发货单确认接口 — calls TOP method `taobao.qimen.deliveryorder.batchconfirm`.
 *
 * taobao.qimen.deliveryorder.batchconfirm
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenDeliveryorderBatchconfirm(
  client: TopClient,
  request: TaobaoQimenDeliveryorderBatchconfirmRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenDeliveryorderBatchconfirmResponse> {
  return client.call<TaobaoQimenDeliveryorderBatchconfirmResponse>(
    {
      method: 'taobao.qimen.deliveryorder.batchconfirm',
      responseRoot: 'qimen_deliveryorder_batchconfirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
